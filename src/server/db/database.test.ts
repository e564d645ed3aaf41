import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './database';
import { SCOPES } from '../../shared/scopes';

describe('database migrations', () => {
  const dirs: string[] = [];
  const tempFile = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-db-'));
    dirs.push(dir);
    return path.join(dir, 'mailroom.sqlite');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('brings a new database to the latest schema with WAL and foreign keys on', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('upgrades a database made by an older Mailroom and keeps its data', () => {
    const file = tempFile();
    const old = new Database(file);
    old.exec(MIGRATIONS[0]);
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO messages (id, received, subject, sender, recipients, date, headers, raw, size)
       VALUES ('msg1', '2026-01-01T00:00:00.000Z', 'Kept', 'a@b.c', '[]', '2026-01-01T00:00:00.000Z', '[]', 'raw', 3)`,
      )
      .run();
    old.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT subject, message_id FROM messages').get()).toEqual({
      subject: 'Kept',
      message_id: null,
    });
    db.close();
  });

  it('gives mailroom.testsends.manage to tokens that held every earlier scope, and only to them', () => {
    const file = tempFile();
    const old = new Database(file);
    for (const migration of MIGRATIONS.slice(0, 4)) old.exec(migration);
    old.pragma('user_version = 4');
    const all = SCOPES.filter((s) => s !== 'mailroom.testsends.manage');
    const insert = old.prepare(
      `INSERT INTO api_tokens (id, name, token_hash, scopes, user_id, created) VALUES (?, ?, ?, ?, 'usr1', '2026-01-01')`,
    );
    old
      .prepare(
        `INSERT INTO users (id, status, profile, created, last_updated) VALUES ('usr1', 'ACTIVE', '{}', 'x', 'x')`,
      )
      .run();
    insert.run('admin', 'Bootstrap admin', 'h1', JSON.stringify(all));
    insert.run('ci', 'ci', 'h2', JSON.stringify(['okta.templates.read']));
    old.close();

    const db = openDatabase(file);
    const scopes = (id: string) =>
      JSON.parse(
        (db.prepare('SELECT scopes FROM api_tokens WHERE id = ?').get(id) as { scopes: string }).scopes,
      );
    expect(scopes('admin')).toEqual([...all, 'mailroom.testsends.manage']);
    expect(scopes('ci')).toEqual(['okta.templates.read']);
    db.close();
  });

  it('refuses a database from a newer Mailroom instead of guessing', () => {
    const file = tempFile();
    const newer = new Database(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    expect(() => openDatabase(file)).toThrow(/newer/);
  });
});

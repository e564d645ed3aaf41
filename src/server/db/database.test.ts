import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { openSqlite } from './database';
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

  it('brings a new database to the latest schema with WAL and foreign keys on', async () => {
    const db = openSqlite(tempFile());
    expect(db.raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.raw.pragma('integrity_check', { simple: true })).toBe('ok');
    await db.close();
  });

  it('upgrades a database made by an older Mailroom and keeps its data', async () => {
    const file = tempFile();
    const old = new Database(file);
    old.exec(MIGRATIONS[0].sqlite);
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO messages (id, received, subject, sender, recipients, date, headers, raw, size)
       VALUES ('msg1', '2026-01-01T00:00:00.000Z', 'Kept', 'a@b.c', '[]', '2026-01-01T00:00:00.000Z', '[]', 'raw', 3)`,
      )
      .run();
    old.close();

    const db = openSqlite(file);
    expect(db.raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(await db.get('SELECT subject, message_id FROM messages')).toEqual({
      subject: 'Kept',
      message_id: null,
    });
    await db.close();
  });

  it('gives mailroom.testsends.manage to tokens that held every earlier scope, and only to them', async () => {
    const file = tempFile();
    const old = new Database(file);
    for (const migration of MIGRATIONS.slice(0, 4)) old.exec(migration.sqlite);
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

    const db = openSqlite(file);
    const scopes = async (id: string) =>
      JSON.parse(
        (await db.get<{ scopes: string }>('SELECT scopes FROM api_tokens WHERE id = ?', id))!.scopes,
      );
    expect(await scopes('admin')).toEqual([...all, 'mailroom.testsends.manage']);
    expect(await scopes('ci')).toEqual(['okta.templates.read']);
    await db.close();
  });

  it('runs transactions started together one after the other; a query outside waits for them', async () => {
    const db = openSqlite(':memory:');
    const count = async () => (await db.get<{ n: number }>('SELECT count(*) AS n FROM users'))!.n;
    const insert = (id: string) =>
      db.run(
        "INSERT INTO users (id, status, profile, created, last_updated) VALUES (?, 'ACTIVE', '{}', 'x', 'x')",
        id,
      );
    const rolledBack = db.transaction(async () => {
      await insert('usr0');
      await db.get('SELECT 1');
      throw new Error('rolled back');
    });
    const seen = count(); // asked while the transaction above holds the connection
    const checkThenWrite = (id: string) =>
      db.transaction(async () => {
        const before = await count();
        await insert(id);
        return before;
      });
    const results = await Promise.allSettled([rolledBack, checkThenWrite('usr1'), checkThenWrite('usr2')]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'Error: rolled back',
      0,
      1,
    ]);
    expect(await seen, 'no write that was rolled back').toBe(0);
    await db.close();
  });

  it('refuses a database from a newer Mailroom instead of guessing', () => {
    const file = tempFile();
    const newer = new Database(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    expect(() => openSqlite(file)).toThrow(/newer/);
  });
});

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/support/build-test-app';
import { runChildServerToExit, startChildServer } from '../../test/support/child-server';
import { rawSqlite } from '../../test/support/sqlite';

/** DATA_DIR: what a 2xx write and a stored secret rely on, pinned. */
describe('DATA_DIR durability', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-datadir-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const mode = (file: string) => fs.statSync(file).mode & 0o777;
  /** Starts Mailroom once on `dataDir` and stores an SMTP password (sealed with the key `env` gives), then stops. */
  const storeSealedSecret = async (dataDir: string, token: string, env: Record<string, string> = {}) => {
    const first = await startChildServer(dataDir, token, env);
    try {
      const created = await first.api('POST', '/api/v1/email-servers', {
        alias: 'Relay',
        host: 'smtp.example.com',
        port: 587,
        username: 'u',
        password: 'sealed-password',
      });
      expect(created.status).toBe(201);
    } finally {
      await first.stop();
    }
  };

  it('the app’s SQLite connection runs WAL with synchronous=FULL', async () => {
    const t = await buildTestApp();
    try {
      const raw = rawSqlite(t.app.mailroom.db);
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.pragma('synchronous', { simple: true })).toBe(2); // FULL
    } finally {
      await t.close();
    }
  });

  it('creates the data directory 0700 and secret.key and admin-token 0600', async () => {
    const dataDir = path.join(tempDir(), 'fresh', 'data');
    const t = await buildTestApp({}, dataDir);
    try {
      expect(mode(dataDir).toString(8)).toBe('700');
      expect(mode(path.join(dataDir, 'secret.key')).toString(8)).toBe('600');
      expect(mode(path.join(dataDir, 'admin-token')).toString(8)).toBe('600');
    } finally {
      await t.close();
    }
  });

  it('a missing or wrong secret.key with sealed secrets stored stops the start with one clear line', async () => {
    const dataDir = tempDir();
    const token = '00DataDirToken000000000000000000000000000';
    await storeSealedSecret(dataDir, token);
    const keyFile = path.join(dataDir, 'secret.key');
    const dbFile = path.join(dataDir, 'mailroom.sqlite');
    const original = fs.readFileSync(keyFile);
    const lines = (output: string) => output.split('\n').filter((line) => line.trim());

    fs.rmSync(keyFile);
    const missing = await runChildServerToExit(dataDir, token);
    expect(missing.code).toBe(1);
    expect(lines(missing.output)).toEqual([
      `Mailroom could not start: ${keyFile} is missing, but ${dbFile} holds secrets sealed with it: restore that file (a new key would not open them).`,
    ]);
    expect(fs.existsSync(keyFile)).toBe(false); // not silently replaced

    fs.writeFileSync(keyFile, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
    const wrong = await runChildServerToExit(dataDir, token);
    expect(wrong.code).toBe(1);
    expect(lines(wrong.output)).toHaveLength(1);
    expect(lines(wrong.output)[0]).toMatch(
      new RegExp(`^Mailroom could not start: ${keyFile} does not open the secrets stored in ${dbFile}: .+`),
    );

    fs.writeFileSync(keyFile, original);
    const again = await startChildServer(dataDir, token);
    try {
      expect((await again.api('GET', '/api/v1/email-servers')).status).toBe(200);
    } finally {
      await again.stop();
    }
  }, 60_000);

  it('SECRET_KEY seals instead of secret.key; a wrong or malformed one stops the start with one clear line', async () => {
    const dataDir = tempDir();
    const token = '00SecretKeyToken00000000000000000000000000';
    const key = randomBytes(32).toString('base64');
    await storeSealedSecret(dataDir, token, { SECRET_KEY: key });
    // The key lives in the environment only: nothing written beside the database.
    expect(fs.existsSync(path.join(dataDir, 'secret.key'))).toBe(false);
    const lines = (output: string) => output.split('\n').filter((line) => line.trim());

    const wrong = await runChildServerToExit(dataDir, token, {
      SECRET_KEY: randomBytes(32).toString('base64'),
    });
    expect(wrong.code).toBe(1);
    expect(lines(wrong.output)).toHaveLength(1);
    expect(lines(wrong.output)[0]).toMatch(
      /^Mailroom could not start: SECRET_KEY does not open the secrets stored in /,
    );

    const malformed = await runChildServerToExit(dataDir, token, { SECRET_KEY: 'not-a-key' });
    expect(malformed.code).toBe(1);
    expect(lines(malformed.output)).toEqual([
      'Mailroom could not start: SECRET_KEY does not hold a 32-byte key (base64, e.g. openssl rand -base64 32)',
    ]);

    const again = await startChildServer(dataDir, token, { SECRET_KEY: key });
    try {
      expect((await again.api('GET', '/api/v1/email-servers')).status).toBe(200);
    } finally {
      await again.stop();
    }
  }, 60_000);
});

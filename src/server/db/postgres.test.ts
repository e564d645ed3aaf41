import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STORE, testDatabase } from '../../../test/support/test-store';
import { openPostgres, placeholders } from './postgres';
import { MIGRATIONS } from './migrations';
import type { Db } from './sql';

describe('placeholders', () => {
  it('numbers ? outside quoted text', () => {
    expect(placeholders("SELECT ? AS a, '?' AS b, 'it''s ?' AS c WHERE x = ? AND y IN (?, ?)")).toBe(
      "SELECT $1 AS a, '?' AS b, 'it''s ?' AS c WHERE x = $2 AND y IN ($3, $4)",
    );
  });
});

// The adapter itself, on the node-postgres project's throwaway cluster.
describe.skipIf(TEST_STORE !== 'postgres')('PostgreSQL store', () => {
  let database: Awaited<ReturnType<typeof testDatabase>>;
  let a: Db;
  let b: Db;
  beforeAll(async () => {
    database = await testDatabase();
    // Two pools at once on an empty database: they race to migrate; the advisory lock lets one do it.
    [a, b] = await Promise.all([
      openPostgres(database.env.DATABASE_URL),
      openPostgres(database.env.DATABASE_URL),
    ]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('migrates once to the same version as SQLite, and answers counts as numbers', async () => {
    expect(await a.get('SELECT version FROM mailroom_schema')).toEqual({ version: MIGRATIONS.length });
    expect(await a.all('SELECT * FROM mailroom_schema')).toHaveLength(1);
    expect(await b.get('SELECT count(*) AS n FROM brands')).toEqual({ n: 0 });
  });

  it('transactions on one lock key run one after the other, across pools (replicas)', async () => {
    await a.run('INSERT INTO brands (id, name, created) VALUES (?, ?, ?)', 'bnd1', 'One', 'now');
    const order: string[] = [];
    // Each reads the count, waits, then writes count + 1: without the lock both would read 0.
    const step = (db: Db, who: string) =>
      db.transaction(
        async () => {
          const { n } = (await db.get<{ n: number }>('SELECT count(*) AS n FROM template_settings'))!;
          order.push(`${who} read ${n}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
          await db.run(
            'INSERT INTO template_settings (brand_id, template_name, recipients) VALUES (?, ?, ?)',
            'bnd1',
            `T${n}`,
            'ALL_USERS',
          );
        },
        { lock: 'settings:bnd1' },
      );
    await Promise.all([step(a, 'a'), step(b, 'b')]);
    expect(order.map((o) => o.slice(2))).toEqual(['read 0', 'read 1']);
    expect(await a.all('SELECT template_name FROM template_settings ORDER BY template_name')).toEqual([
      { template_name: 'T0' },
      { template_name: 'T1' },
    ]);
  });

  it('rolls back everything a failed transaction wrote, nested calls included', async () => {
    await expect(
      a.transaction(async () => {
        await a.run('UPDATE brands SET name = ? WHERE id = ?', 'Renamed', 'bnd1');
        await a.transaction(async () => a.run('UPDATE brands SET locale = ? WHERE id = ?', 'fr', 'bnd1'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await b.get('SELECT name, locale FROM brands WHERE id = ?', 'bnd1')).toEqual({
      name: 'One',
      locale: 'en',
    });
  });

  it('bumps the brand version in the writing transaction (the response cache reads it)', async () => {
    const before = (await a.get<{ version: number }>(
      'SELECT version FROM brand_versions WHERE brand_id = ?',
      'bnd1',
    ))!;
    await a.run('UPDATE template_settings SET recipients = ? WHERE brand_id = ?', 'NO_USERS', 'bnd1');
    const after = (await b.get<{ version: number }>(
      'SELECT version FROM brand_versions WHERE brand_id = ?',
      'bnd1',
    ))!;
    expect(after.version).toBeGreaterThan(before.version);
  });

  it('refuses text with a NUL character before querying, as SQLite does', async () => {
    await expect(a.get('SELECT ? AS x', 'a\u0000b')).rejects.toThrow(/NUL/);
  });
});

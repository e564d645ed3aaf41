import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootstrap, bootstrapAdminId } from './bootstrap';
import { openSqlite } from './db/database';
import { createBrandRepository } from './modules/brands/repository';
import { createTokenRepository } from './modules/tokens/repository';
import { createOrgRepository, createUserRepository } from './modules/users/repository';

describe('bootstrap', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the org, its default brand and the admin once, even when two starts race', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-bootstrap-'));
    dirs.push(dataDir);
    const db = openSqlite(':memory:');
    const deps = {
      db,
      dataDir,
      adminToken: undefined,
      org: createOrgRepository(db),
      users: createUserRepository(db),
      brands: createBrandRepository(db),
      tokens: createTokenRepository(db),
    };
    const results = await Promise.all([bootstrap(deps), bootstrap(deps)]);
    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
    const count = async (table: string) =>
      (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
    expect([
      await count('org'),
      await count('users'),
      await count('brands'),
      await count('api_tokens'),
    ]).toEqual([1, 1, 1, 1]);
    expect(await bootstrap(deps)).toBeUndefined();
    expect(await bootstrapAdminId(db)).toMatch(/^00u/);
    await db.close();
  });
});

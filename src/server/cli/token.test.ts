import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/build-test-app';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

describe('npm run token', () => {
  let t: TestApp;
  const run = (...args: string[]) =>
    execFileSync(tsx, ['src/server/cli/token.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: t.dataDir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a token with exactly the scopes asked for, lists it without the secret, and revokes it', async () => {
    const token = run('create', '--name', 'ci', '--scopes', 'okta.brands.read,okta.templates.read').trim();
    expect(token).toMatch(/^00[0-9A-Za-z]{40}$/);
    expect((await t.call({ method: 'GET', url: '/api/v1/brands', token })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/v1/email-servers', token })).statusCode).toBe(403);

    const listing = run('list');
    expect(listing).toContain('"ci"');
    expect(listing).toContain('okta.brands.read,okta.templates.read');
    expect(listing).not.toContain(token);
    const id = listing
      .split('\n')
      .find((line) => line.includes('"ci"'))!
      .split(' ')[0];
    expect(run('revoke', id)).toContain(`Revoked ${id}`);
    expect((await t.call({ method: 'GET', url: '/api/v1/brands', token })).statusCode).toBe(401);
  });

  it('stores only a hash of each token', () => {
    const file = fs.readFileSync(path.join(t.dataDir, 'mailroom.sqlite'));
    expect(file.includes(t.token)).toBe(false);
  });

  it('rejects unknown scopes with usage help', () => {
    expect(() => run('create', '--name', 'x', '--scopes', 'okta.everything')).toThrow(/Unknown scope/);
  });
});

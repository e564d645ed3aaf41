import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../test/support/child-server';
import { buildServer } from './build-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const TOKEN = '00BuildTestToken00000000000000000000000000';

/**
 * What `npm run build` ships runs on plain node: the bundle starts, serves the API and runs its CLI, importing
 * only installed packages (esbuild leaves them as imports, so a missing export or a CJS/ESM mismatch would only
 * show here, not under tsx).
 */
describe('the compiled server (scripts/build-server.mjs)', () => {
  // Inside the repository, so the bundle's package imports resolve from node_modules as in dist/server.
  const outdir = path.join(root, 'dist', `server-test-${process.pid}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-build-'));
  let server: ChildServer;

  beforeAll(async () => {
    await buildServer({ outdir });
    server = await startChildServer(dataDir, TOKEN, {}, { entry: path.join(outdir, 'main.js') });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('emits main.js and one file per CLI, with source maps, and no keepNames helper', () => {
    for (const file of ['main.js', 'main.js.map', 'cli/token.js', 'cli/token.js.map'])
      expect(fs.existsSync(path.join(outdir, file)), file).toBe(true);
    expect(fs.existsSync(path.join(outdir, 'cli/token.test.js'))).toBe(false);
    // keepNames (what tsx does) wraps named functions in __name(): a per-call cost on hot routes.
    expect(fs.readFileSync(path.join(outdir, 'main.js'), 'utf8')).not.toMatch(/\b__name\(/);
  });

  it('serves the API as the source does', async () => {
    const brands = await server.api<{ id: string; isDefault: boolean }[]>('GET', '/api/v1/brands');
    expect(brands.status).toBe(200);
    const brandId = brands.data.find((b) => b.isDefault)!.id;
    const templates = await server.api<unknown[]>(
      'GET',
      `/api/v1/brands/${brandId}/templates/email?expand=settings,customizationCount`,
    );
    expect(templates.status).toBe(200);
    expect(templates.data).toHaveLength(20);
  });

  it('runs the token CLI', () => {
    const listing = execFileSync(process.execPath, [path.join(outdir, 'cli/token.js'), 'list'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(listing).toContain('Bootstrap admin');
    expect(listing).not.toContain(TOKEN);
  });
});

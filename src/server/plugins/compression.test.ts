import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../../scripts/precompress.mjs';
import { buildTestApp, expectOktaError, type TestApp } from '../../../test/support/build-test-app';
import { COMPRESS_MIN_BYTES, negotiateEncoding } from './compression';

const decode = (body: Buffer, encoding: unknown) =>
  encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body;

describe('compression: the built console, precompressed at build time', () => {
  let t: TestApp;
  let clientDir: string;
  const ASSET = '/assets/index-Abc123.js';
  let asset: Buffer;
  let html: Buffer;

  beforeAll(async () => {
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-client-'));
    fs.mkdirSync(path.join(clientDir, 'assets'));
    html = Buffer.from(
      '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Mailroom</title>' +
        '<script type="module" crossorigin src="/assets/index-Abc123.js"></script></head>' +
        '<body><div id="root"></div></body></html>',
    );
    fs.writeFileSync(path.join(clientDir, 'index.html'), html);
    // Something like a real chunk: repetitive enough to compress, varied enough that br and gzip differ.
    asset = Buffer.from(
      Array.from(
        { length: 600 },
        (_, i) => `export const value${i} = (x) => x * ${i} + "${(i * 7919).toString(36)}";\n`,
      ).join(''),
    );
    fs.writeFileSync(path.join(clientDir, ASSET), asset);
    fs.writeFileSync(path.join(clientDir, 'mailroom-logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // The same step the Vite build runs (vite.config.ts).
    await precompressDir(clientDir);
    t = await buildTestApp({ CLIENT_DIR: clientDir });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: { ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }), ...extra },
    });

  it('writes .br and .gz beside text files, not beside images', () => {
    expect(fs.existsSync(path.join(clientDir, `${ASSET}.br`))).toBe(true);
    expect(fs.existsSync(path.join(clientDir, `${ASSET}.gz`))).toBe(true);
    expect(fs.existsSync(path.join(clientDir, 'index.html.br'))).toBe(true);
    expect(fs.existsSync(path.join(clientDir, 'mailroom-logo.png.br'))).toBe(false);
  });

  it('sends a hashed asset as br, gzip or identity per Accept-Encoding, each byte-identical once decoded', async () => {
    const cases = [
      { acceptEncoding: 'gzip, deflate, br, zstd', expected: 'br' }, // Chromium
      { acceptEncoding: 'gzip, deflate', expected: 'gzip' }, // Okta's Node SDK (node-fetch)
      { acceptEncoding: 'br;q=0, gzip', expected: 'gzip' },
      { acceptEncoding: 'identity', expected: undefined },
      { acceptEncoding: undefined, expected: undefined },
    ];
    const etags = new Map<string | undefined, string>();
    for (const { acceptEncoding, expected } of cases) {
      const res = await get(ASSET, acceptEncoding);
      const where = `Accept-Encoding: ${acceptEncoding}`;
      expect(res.statusCode, where).toBe(200);
      expect(res.headers['content-encoding'], where).toBe(expected);
      expect(res.headers['content-type'], where).toMatch(/^(?:text|application)\/javascript; charset=utf-8$/);
      expect(res.headers['vary'], where).toBe('Accept-Encoding');
      expect(res.headers['cache-control'], where).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers['content-length']), where).toBe(res.rawPayload.length);
      if (expected) expect(res.rawPayload.length, where).toBeLessThan(asset.length / 2);
      expect(decode(res.rawPayload, expected).equals(asset), where).toBe(true);
      const etag = String(res.headers['etag']);
      if (etags.has(expected)) expect(etag, where).toBe(etags.get(expected));
      etags.set(expected, etag);
    }
    // One validator per representation: a cache must never answer a gzip request with the br bytes.
    expect(new Set(etags.values()).size).toBe(3);
  });

  it('revalidates each encoding against its own ETag', async () => {
    const br = await get(ASSET, 'br');
    const again = await get(ASSET, 'br', { 'if-none-match': String(br.headers['etag']) });
    expect(again.statusCode).toBe(304);
    const gzipWithBrEtag = await get(ASSET, 'gzip', { 'if-none-match': String(br.headers['etag']) });
    expect(gzipWithBrEtag.statusCode).toBe(200);
    expect(gzipWithBrEtag.headers['content-encoding']).toBe('gzip');
  });

  it('sends index.html for client routes compressed too, with its CSP and no-cache', async () => {
    for (const [acceptEncoding, expected] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['', undefined],
    ] as const) {
      const res = await get('/brands/bnd1/templates/ForgotPassword?tab=settings', acceptEncoding);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe(expected);
      expect(res.headers['vary']).toBe('Accept-Encoding');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
      expect(decode(res.rawPayload, expected).equals(html)).toBe(true);
    }
  });

  it('sends a file without variants as it is, without Vary', async () => {
    const res = await get('/mailroom-logo.png', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toBeUndefined();
    expect(res.headers['content-type']).toBe('image/png');
  });

  it('never serves a variant file by its own name', async () => {
    expect((await get(`${ASSET}.br`)).statusCode).toBe(404);
  });
});

describe('compression: API answers on the fly', () => {
  let t: TestApp;
  let list: string;
  beforeAll(async () => {
    t = await buildTestApp();
    list = `/api/v1/brands/${t.defaultBrandId}/templates/email?expand=settings,customizationCount&limit=20`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('compresses JSON over 1 KB with br when accepted, else gzip, else not; Vary on all three', async () => {
    const plain = await t.call({ method: 'GET', url: list });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_MIN_BYTES);

    for (const [acceptEncoding, expected] of [
      ['gzip, deflate, br', 'br'],
      ['gzip,deflate', 'gzip'],
      ['deflate', undefined],
    ] as const) {
      const res = await t.call({ method: 'GET', url: list, headers: { 'accept-encoding': acceptEncoding } });
      const where = `Accept-Encoding: ${acceptEncoding}`;
      expect(res.statusCode, where).toBe(200);
      expect(res.headers['content-encoding'], where).toBe(expected);
      expect(res.headers['vary'], where).toBe('Accept-Encoding');
      expect(res.headers['content-type'], where).toMatch(/^application\/json/);
      expect(Number(res.headers['content-length']), where).toBe(res.rawPayload.length);
      // Same Okta headers as ever, only the body's bytes differ.
      expect(res.headers['x-okta-request-id'], where).toBeDefined();
      expect(res.headers['cache-control'], where).toBe(plain.headers['cache-control']);
      const decoded = decode(res.rawPayload, expected);
      expect(JSON.parse(decoded.toString('utf8')), where).toHaveLength(20);
      if (expected) expect(res.rawPayload.length, where).toBeLessThan(plain.rawPayload.length / 4);
    }
  });

  it('leaves small answers, errors under 1 KB and 204s alone', async () => {
    const small = await t.call({
      method: 'GET',
      url: '/api/v1/email-servers',
      headers: { 'accept-encoding': 'br' },
    });
    expect(small.statusCode).toBe(200);
    expect(small.rawPayload.length).toBeLessThan(COMPRESS_MIN_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['vary']).toBeUndefined();

    const missing = await t.call({
      method: 'GET',
      url: '/api/v1/email-servers/nope',
      headers: { 'accept-encoding': 'br' },
    });
    expectOktaError(missing, 404, 'E0000007');
    expect(missing.headers['content-encoding']).toBeUndefined();

    const customizations = `/api/v1/brands/${t.defaultBrandId}/templates/email/UserActivation/customizations`;
    await t.call({
      method: 'POST',
      url: customizations,
      payload: { language: 'en', subject: 'Hi', body: '<p>${activationLink}</p>', isDefault: true },
    });
    const deleted = await t.call({
      method: 'DELETE',
      url: customizations,
      headers: { 'accept-encoding': 'br' },
    });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.headers['content-encoding']).toBeUndefined();
    expect(deleted.rawPayload.length).toBe(0);
  });
});

describe('negotiateEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['BR, GZIP', 'br'],
    ['deflate', undefined],
  ])('%j → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

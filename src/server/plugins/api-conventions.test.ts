import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startListeningApp } from '../../../test/support/listening-app';
import { buildTestApp, expectOktaError, type TestApp } from '../../../test/support/build-test-app';

describe('Okta API conventions', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('sends X-Okta-Request-Id, Date, JSON content type and rate-limit headers on every /api/v1 response', async () => {
    t = await buildTestApp();
    // A bad token counts against its address's failure window (30 a minute), the others against the token's.
    for (const [res, limit] of [
      [await t.call({ method: 'GET', url: '/api/v1/brands' }), 6000],
      [await t.call({ method: 'GET', url: '/api/v1/brands', token: 'bogus' }), 30],
      [await t.call({ method: 'GET', url: '/api/v1/nothing-here' }), 6000],
    ] as const) {
      expect(res.headers['x-okta-request-id']).toMatch(/^[0-9A-Za-z]{27}$/);
      expect(new Date(String(res.headers.date)).getTime()).not.toBeNaN();
      expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
      expect(res.headers['x-rate-limit-limit']).toBe(String(limit));
      expect(Number(res.headers['x-rate-limit-remaining'])).toBeGreaterThan(limit - 10);
      expect(Number(res.headers['x-rate-limit-reset'])).toBeGreaterThan(Date.now() / 1000);
    }
  });

  it('gives each request its own id', async () => {
    t = await buildTestApp();
    const a = await t.call({ method: 'GET', url: '/api/v1/brands' });
    const b = await t.call({ method: 'GET', url: '/api/v1/brands' });
    expect(a.headers['x-okta-request-id']).not.toBe(b.headers['x-okta-request-id']);
  });

  it('401 E0000011 for a missing, malformed, unknown or revoked token', async () => {
    t = await buildTestApp();
    const url = '/api/v1/email-servers';
    expectOktaError(await t.call({ method: 'GET', url, token: null }), 401, 'E0000011');
    expectOktaError(await t.call({ method: 'GET', url, token: 'not-a-token' }), 401, 'E0000011');
    expectOktaError(
      await t.app.inject({ method: 'GET', url, headers: { authorization: 'Basic abc' } }),
      401,
      'E0000011',
    );
    const token = await t.tokenWith('okta.emailServers.read');
    expect((await t.call({ method: 'GET', url, token })).statusCode).toBe(200);
    const id = (await t.app.mailroom.tokens.list()).at(-1)!.id;
    await t.app.mailroom.tokens.revoke(id);
    expectOktaError(await t.call({ method: 'GET', url, token }), 401, 'E0000011');
  });

  it('accepts Bearer as well as SSWS', async () => {
    t = await buildTestApp();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/brands',
      headers: { authorization: `Bearer ${t.token}` },
    });
    expect(res.statusCode).toBe(200);
  });

  it('404 E0000007 for unknown routes and 405 E0000022 for a known path with another method', async () => {
    t = await buildTestApp();
    expectOktaError(await t.call({ method: 'GET', url: '/api/v1/unknown' }), 404, 'E0000007');
    const res = await t.call({ method: 'PUT', url: '/api/v1/email-servers' });
    expectOktaError(res, 405, 'E0000022');
    expect(res.headers.allow).toBe('GET, POST');
    expectOktaError(await t.call({ method: 'POST', url: '/api/v1/email-servers/ces123' }), 405, 'E0000022');
  });

  it('400 E0000003 for malformed JSON; 415 for a body that is not JSON; 413 for an oversize body', async () => {
    t = await buildTestApp();
    const post = (payload: string, contentType = 'application/json') =>
      t!.call({
        method: 'POST',
        url: '/api/v1/email-servers',
        payload,
        headers: { 'content-type': contentType },
      });
    expectOktaError(await post('{"alias":'), 400, 'E0000003');
    expectOktaError(await post('[1,2'), 400, 'E0000003');
    expectOktaError(await post('{"__proto__":{"x":1}}'), 400, 'E0000003');
    expectOktaError(await post('alias=x', 'application/x-www-form-urlencoded'), 415, 'MR0000415');
    const huge = JSON.stringify({ alias: 'x'.repeat(1_100_000) });
    const res = await post(huge);
    expectOktaError(res, 413, 'MR0000413');
    expect(res.json().errorSummary).toContain('1 MB');
  });

  it('malformed HTTP that Node rejects before routing still gets an Okta error object', async () => {
    const listening = await startListeningApp();
    t = listening;
    const { port } = new URL(listening.url);
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    for (const request of [
      'GET /api/v1/email-servers HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      'GET /api/v1/email-servers HTTP/1.1\r\nHo\x01st: x\r\n\r\n',
      `GET /api/v1/email-servers HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ]) {
      const answer = await raw(request);
      expect(answer).toMatch(/^HTTP\/1\.1 4(00|31) /);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
      expect(body).toMatchObject({ errorCode: 'E0000001', errorLink: 'E0000001' });
      expect(body.errorId).toEqual(expect.any(String));
      expect(body.errorCauses).toHaveLength(1);
    }
  });

  it('a body of the wrong JSON type is a validation error, not a crash', async () => {
    t = await buildTestApp();
    for (const payload of ['[]', '"text"', '42', 'null']) {
      const res = await t.call({
        method: 'POST',
        url: '/api/v1/email-servers',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect([400]).toContain(res.statusCode);
    }
  });

  it('answers 429 E0000047 past the limit, with one X-Rate-Limit-Reset in epoch seconds', async () => {
    t = await buildTestApp({ RATE_LIMIT: '3' });
    const statuses = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await t.call({ method: 'GET', url: '/api/v1/brands' });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expectOktaError(last!, 429, 'E0000047');
    expect(last!.headers['x-rate-limit-remaining']).toBe('0');
    expect(String(last!.headers['x-rate-limit-reset'])).toMatch(/^\d{10}$/);
    // Another token has its own window.
    const other = await t.tokenWith('okta.brands.read');
    expect((await t.call({ method: 'GET', url: '/api/v1/brands', token: other })).statusCode).toBe(200);
  });

  it('builds absolute _links and Link from PUBLIC_URL when set, else from the request host', async () => {
    t = await buildTestApp({ PUBLIC_URL: 'https://mail.example.org/' });
    const res = await t.call({ method: 'GET', url: '/api/v1/brands' });
    expect(res.json()[0]._links.self.href).toMatch(/^https:\/\/mail\.example\.org\/api\/v1\/brands\/bnd/);
    expect(res.headers.link).toBe('<https://mail.example.org/api/v1/brands?limit=20>; rel="self"');
    await t.close();
    t = await buildTestApp();
    const local = await t.call({ method: 'GET', url: '/api/v1/brands', headers: { host: 'api.local:9000' } });
    expect(local.json()[0]._links.self.href).toMatch(/^http:\/\/api\.local:9000\/api\/v1\/brands\//);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { startListeningApp } from '../../../test/support/listening-app';
import type { TestApp } from '../../../test/support/build-test-app';
import { httpClient, oktaErrorProblems, runPool, type RawResponse } from '../../../test/reliability/http';
import { addressKey, MAX_WINDOWS } from './rate-limit';

const API = '/api/v1/email-servers';
const SIGN_IN = '/api/mailroom/v1/session';

/** Waits for the next window when fewer than `neededMs` are left in this one, so a test runs in one window. */
async function roomInWindow(windowSeconds: number, neededMs: number) {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const code = (res: RawResponse) => (res.body ? JSON.parse(res.body).errorCode : undefined);

describe('rate limits hold (real HTTP)', () => {
  let t: (TestApp & { url: string }) | undefined;
  let client: ReturnType<typeof httpClient> | undefined;
  afterEach(async () => {
    client?.close();
    await t?.close();
    t = client = undefined;
  });

  async function start(env: Record<string, string>) {
    t = await startListeningApp(env);
    client = httpClient(t.url, 16);
    return { t, client };
  }

  it('a flood of made-up tokens from 10,050 addresses neither resets a real token at its limit nor grows memory', async () => {
    const { t, client } = await start({
      RATE_LIMIT: '5',
      RATE_LIMIT_WINDOW_SECONDS: '3600',
      TRUST_PROXY: '127.0.0.1',
    });
    await roomInWindow(3600, 120_000);
    const real = (ip = '198.51.100.7') =>
      client.send({
        method: 'GET',
        path: API,
        headers: { authorization: `SSWS ${t.token}`, 'x-forwarded-for': ip },
      });
    const before: number[] = [];
    for (let i = 0; i < 6; i++) before.push((await real()).status);
    expect(before).toEqual([200, 200, 200, 200, 200, 429]);

    const flood = await runPool(
      Array.from(
        { length: 10_050 },
        (_, i) => () =>
          client.send({
            method: 'GET',
            path: API,
            headers: {
              authorization: `SSWS made-up-token-${i}`,
              'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
            },
          }),
      ),
      16,
    );
    expect(flood.filter((r) => r.status !== 401).map((r) => r.status)).toEqual([]);

    // Still at its limit, from the same address or any other.
    for (const ip of ['198.51.100.7', '192.0.2.99']) {
      const after = await real(ip);
      expect({ status: after.status, code: code(after) }).toEqual({ status: 429, code: 'E0000047' });
      expect(after.headers['x-rate-limit-limit']).toBe('5');
      expect(after.headers['x-rate-limit-remaining']).toBe('0');
    }
    // In memory, the oldest address windows were evicted one by one; the token's window was never among them.
    // (On PostgreSQL the windows are rows, swept when they end; the token's limit held above all the same.)
    if (t.app.mailroom.db.dialect === 'sqlite')
      expect(t.app.mailroom.limits.windows()).toEqual({ tokens: 1, addresses: MAX_WINDOWS });
  }, 120_000);

  it('120 distinct wrong tokens from one address in a minute: 30 answers 401, then 429 E0000047', async () => {
    const { t, client } = await start({});
    await roomInWindow(60, 20_000);
    const responses: RawResponse[] = [];
    for (let i = 0; i < 120; i++) {
      responses.push(
        await client.send({
          method: 'GET',
          path: API,
          // Without TRUST_PROXY a forged X-Forwarded-For changes nothing.
          headers: { authorization: `SSWS wrong-${i}`, 'x-forwarded-for': `203.0.113.${i}` },
        }),
      );
    }
    expect(responses.map((r) => r.status)).toEqual([...Array(30).fill(401), ...Array(90).fill(429)]);
    responses.forEach((res, i) => {
      expect(code(res)).toBe(i < 30 ? 'E0000011' : 'E0000047');
      expect(oktaErrorProblems(res)).toEqual([]);
      expect(res.headers['x-rate-limit-limit']).toBe('30');
      expect(res.headers['x-rate-limit-remaining']).toBe(String(Math.max(0, 29 - i)));
      expect(res.headers['x-rate-limit-reset']).toMatch(/^\d{10}$/);
      expect(res.headers.date).toBeTruthy();
    });
    // A blocked address cannot go on guessing: even a right token is refused until the window resets.
    const valid = await client.send({
      method: 'GET',
      path: API,
      headers: { authorization: `SSWS ${t.token}` },
    });
    expect({ status: valid.status, code: code(valid) }).toEqual({ status: 429, code: 'E0000047' });
  });

  it('wrong console sign-ins count as failures (AUTH_FAILURE_LIMIT)', async () => {
    const { t, client } = await start({ AUTH_FAILURE_LIMIT: '3' });
    await roomInWindow(60, 20_000);
    const signIn = (token: string) =>
      client.send({
        method: 'POST',
        path: SIGN_IN,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(`guess-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const blocked = await signIn(t.token);
    expect({ status: blocked.status, code: code(blocked) }).toEqual({ status: 429, code: 'E0000047' });
    expect(blocked.headers['x-rate-limit-limit']).toBe('3');
    const api = await client.send({
      method: 'GET',
      path: API,
      headers: { authorization: 'SSWS another-guess' },
    });
    expect(api.status).toBe(429);
  });

  it('behind a trusted proxy each client has its own failure window; valid credentials count per token', async () => {
    const { t, client } = await start({ TRUST_PROXY: '127.0.0.1', AUTH_FAILURE_LIMIT: '3', RATE_LIMIT: '6' });
    await roomInWindow(60, 20_000);
    const send = (ip: string, headers: Record<string, string>, method = 'GET', path = API, body?: unknown) =>
      client.send({
        method,
        path,
        headers: {
          'x-forwarded-for': ip,
          ...headers,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await send('203.0.113.1', { authorization: `SSWS x${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await send('203.0.113.2', { authorization: 'SSWS y' })).status).toBe(401);

    // The token's window follows the token from address to address, and its console session shares it.
    const admin = { authorization: `SSWS ${t.token}` };
    const seen: string[] = [];
    const note = (res: RawResponse) => seen.push(`${res.status}/${res.headers['x-rate-limit-remaining']}`);
    note(await send('203.0.113.2', admin));
    note(await send('203.0.113.3', admin));
    const session = await send('203.0.113.4', {}, 'POST', SIGN_IN, { token: t.token });
    expect(session.status).toBe(201);
    const cookie = { cookie: String(session.headers['set-cookie']).split(';')[0] };
    for (let i = 0; i < 5; i++) note(await send('203.0.113.4', cookie));
    expect(seen).toEqual(['200/5', '200/4', '200/3', '200/2', '200/1', '200/0', '429/0']);
    expect((await send('203.0.113.1', admin)).status).toBe(429); // that address used up its failures
  });

  it('RATE_LIMIT=0 turns off the request limit, not the failure limit; AUTH_FAILURE_LIMIT=0 turns that off', async () => {
    const { t, client } = await start({ RATE_LIMIT: '0', AUTH_FAILURE_LIMIT: '2' });
    await roomInWindow(60, 20_000);
    for (let i = 0; i < 20; i++) {
      const ok = await client.send({
        method: 'GET',
        path: API,
        headers: { authorization: `SSWS ${t.token}` },
      });
      expect(ok.status).toBe(200);
      expect(ok.headers['x-rate-limit-limit']).toBeUndefined();
    }
    const bad = [];
    for (let i = 0; i < 3; i++)
      bad.push(
        (await client.send({ method: 'GET', path: API, headers: { authorization: 'SSWS no' } })).status,
      );
    expect(bad).toEqual([401, 401, 429]);
    client.close();
    await t.close();

    const open = await start({ AUTH_FAILURE_LIMIT: '0' });
    const statuses = new Set<number>();
    for (let i = 0; i < 40; i++)
      statuses.add(
        (await open.client.send({ method: 'GET', path: API, headers: { authorization: `SSWS no${i}` } }))
          .status,
      );
    expect([...statuses]).toEqual([401]);
  });

  it('TRUST_PROXY names the proxies to trust; trusting every hop is refused', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({}).authFailureLimit).toBe(30);
  });
});

describe('addressKey', () => {
  it('counts an IPv6 /64 as one client and an IPv4-mapped address as its IPv4', () => {
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:0db8:0000:0000:ffff:0:0:2')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:db8:1::1')).not.toBe(addressKey('2001:db8::1'));
    expect(addressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(addressKey('10.0.0.1')).toBe('10.0.0.1');
  });
});

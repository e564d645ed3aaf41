import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';

describe('Console sessions', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  async function signIn(token = t.token) {
    const res = await t.app.inject({ method: 'POST', url: '/api/mailroom/v1/session', payload: { token } });
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    return { res, cookie, csrf: res.json().csrfToken as string };
  }

  it('exchanges a token for an HttpOnly SameSite=Strict cookie that never contains the token', async () => {
    const { res, cookie } = await signIn();
    expect(res.statusCode).toBe(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toContain(t.token);
    expect(res.body).not.toContain(t.token);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/users/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('tells the console whether custom languages are on (CUSTOM_LANGUAGES, default off)', async () => {
    const { res, cookie } = await signIn();
    expect(res.json().customLanguages).toBe(false);
    const on = await buildTestApp({ CUSTOM_LANGUAGES: 'true' });
    try {
      const session = await on.app.inject({
        method: 'POST',
        url: '/api/mailroom/v1/session',
        payload: { token: on.token },
      });
      expect(session.json().customLanguages).toBe(true);
    } finally {
      await on.close();
    }
    const again = await t.app.inject({ method: 'GET', url: '/api/mailroom/v1/session', headers: { cookie } });
    expect(again.json().customLanguages).toBe(false);
  });

  it('tells the console where its data is and how much history it keeps, without database credentials', async () => {
    const { res } = await signIn();
    const { store, historyLimit } = res.json();
    expect(historyLimit).toBe(50);
    const databaseUrl = t.storeEnv.DATABASE_URL;
    if (databaseUrl) {
      const url = new URL(databaseUrl);
      expect(store).toEqual({ kind: 'postgresql', location: `${url.hostname}:${url.port}${url.pathname}` });
      if (url.password) expect(JSON.stringify(res.json())).not.toContain(url.password);
    } else {
      expect(store).toEqual({ kind: 'sqlite', location: path.join(t.dataDir, 'mailroom.sqlite') });
    }
  });

  it('refuses a bad token at sign-in', async () => {
    expectOktaError(
      await t.app.inject({ method: 'POST', url: '/api/mailroom/v1/session', payload: { token: 'nope' } }),
      401,
      'E0000011',
    );
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const { cookie, csrf } = await signIn();
    const payload = { name: 'Via console' };
    expectOktaError(
      await t.app.inject({ method: 'POST', url: '/api/v1/brands', payload, headers: { cookie } }),
      403,
      'E0000006',
      'X-CSRF-Token',
    );
    expectOktaError(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/brands',
        payload,
        headers: { cookie, 'x-csrf-token': 'forged' },
      }),
      403,
      'E0000006',
    );
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/brands',
      payload,
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('carries the scopes of the token it came from, and ends on sign-out or token revocation', async () => {
    const limited = await t.tokenWith('okta.brands.read');
    const { cookie, csrf } = await signIn(limited);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/brands', headers: { cookie } })).statusCode,
    ).toBe(200);
    expectOktaError(
      await t.app.inject({ method: 'GET', url: '/api/v1/email-servers', headers: { cookie } }),
      403,
      'E0000006',
    );

    const session = await t.app.inject({
      method: 'GET',
      url: '/api/mailroom/v1/session',
      headers: { cookie },
    });
    expect(session.json().scopes).toEqual(['okta.brands.read']);
    const signOut = await t.app.inject({
      method: 'DELETE',
      url: '/api/mailroom/v1/session',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(signOut.statusCode).toBe(204);
    expectOktaError(
      await t.app.inject({ method: 'GET', url: '/api/v1/brands', headers: { cookie } }),
      401,
      'E0000011',
    );

    const second = await signIn(limited);
    const id = (await t.app.mailroom.tokens.list()).at(-1)!.id;
    await t.app.mailroom.tokens.revoke(id);
    expectOktaError(
      await t.app.inject({ method: 'GET', url: '/api/v1/brands', headers: { cookie: second.cookie } }),
      401,
      'E0000011',
    );
  });
});

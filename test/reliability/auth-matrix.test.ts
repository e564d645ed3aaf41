import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-test-app';
import { SCOPES, type Scope } from '../../src/shared/scopes';
import { oktaOperations } from '../support/okta-schema';
import { recordFigure } from './figures';
import { apiRoutes, concretePath, fixtureIds, type RouteEntry } from './route-table';

/**
 * Item 7: every endpoint of the route table × {no token, bad token, revoked token, token missing the scope,
 * session without CSRF token, cross-site request} → the right 401/403 Okta error.
 */
const PUBLIC = new Set([
  'POST /api/mailroom/v1/session',
  'GET /api/mailroom/v1/session',
  'DELETE /api/mailroom/v1/session',
  // For load balancers; says only ok or unavailable (plugins/health.test.ts).
  'GET /api/mailroom/v1/health',
]);
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Routes Okta's description doesn't have, with the scope each must require: Mailroom's own additions, and
 * `/users/{id}`, which Mailroom serves only for the caller (`me` or its own id): where Okta's description names
 * okta.users.read/manage for any user, a token reading its own profile uses the `.self` scopes Okta grants for that.
 */
const MAILROOM_SCOPES: Record<string, Scope> = {
  'GET /api/v1/users/:userId': 'okta.users.read.self',
  'POST /api/v1/users/:userId': 'okta.users.manage.self',
  'POST /api/mailroom/v1/smtp-test': 'okta.emailServers.manage',
  'GET /api/mailroom/v1/messages': 'mailroom.mailbox.read',
  'DELETE /api/mailroom/v1/messages': 'mailroom.mailbox.manage',
  'GET /api/mailroom/v1/messages/:messageId': 'mailroom.mailbox.read',
  'DELETE /api/mailroom/v1/messages/:messageId': 'mailroom.mailbox.manage',
  'GET /api/mailroom/v1/deliveries': 'mailroom.mailbox.read',
  'GET /api/mailroom/v1/brands/:brandId/templates/email/:templateName/customizations/:customizationId/versions':
    'okta.templates.read',
  'GET /api/mailroom/v1/brands/:brandId/templates/email/:templateName/customizations/:customizationId/versions/:version':
    'okta.templates.read',
  'GET /api/mailroom/v1/brands/:brandId/templates/email/:templateName/deleted-customizations':
    'okta.templates.read',
  'POST /api/mailroom/v1/brands/:brandId/templates/email/:templateName/test-sends':
    'mailroom.testsends.manage',
};

/** `GET /api/v1/brands/:brandId` → the scopes Okta names for `GET /api/v1/brands/{brandId}`, if it has the route. */
function oktaScopes(key: string): string[] | undefined {
  const [method, url] = key.split(' ');
  const shape = (path: string) => path.replace(/\{[^}]+\}|:[^/]+/g, '{}');
  const operation = Object.values(oktaOperations).find(
    (op) => op.method === method && shape(op.path) === shape(url),
  );
  return operation?.scopes;
}

/** The scope a route must require: Okta's own word where Okta has the route, else the table above. */
export function expectedScopes(key: string): string[] | undefined {
  const mailroom = MAILROOM_SCOPES[key];
  return mailroom ? [mailroom] : oktaScopes(key);
}
const EVIL = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' };

describe('7. auth matrix', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  beforeAll(async () => {
    // Hundreds of deliberate failures from one address: the failure limit would answer 429 instead.
    t = await buildTestApp({ RATE_LIMIT: '0', AUTH_FAILURE_LIMIT: '0' });
    ids = await fixtureIds(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const signIn = async (token: string) => {
    const res = await t.call({
      method: 'POST',
      url: '/api/mailroom/v1/session',
      token: null,
      payload: { token },
    });
    expect(res.statusCode).toBe(201);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    return { cookie, csrf: res.json().csrfToken as string };
  };

  it('every endpoint × every way in without the right credentials → 401/403, 100 %', async () => {
    const routes = apiRoutes(t.app);
    const userId = (await t.app.mailroom.tokens.verify(t.token))!.userId;
    const create = (scopes: Scope[]) => t.app.mailroom.tokens.create({ name: 'auth-matrix', scopes, userId });
    const noScopes = (await create([])).token;
    const revoked = await create([...SCOPES]);
    const revokedSession = await signIn(revoked.token);
    await t.app.mailroom.tokens.revoke(revoked.id);
    const session = await signIn(t.token);

    const failures: string[] = [];
    let checks = 0;
    const request = (route: RouteEntry, headers: Record<string, string>, token: string | null = null) =>
      t.call({
        method: route.method as 'GET',
        url: concretePath(route.url, ids),
        token,
        headers: { ...headers, ...(UNSAFE.has(route.method) ? { 'content-type': 'application/json' } : {}) },
        payload: UNSAFE.has(route.method) && route.method !== 'DELETE' ? '{}' : undefined,
      });
    const expectError = async (
      label: string,
      route: RouteEntry,
      pending: ReturnType<typeof request>,
      status: number,
      code: string,
    ) => {
      checks++;
      const res = await pending;
      const body = res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : {};
      if (res.statusCode !== status || body.errorCode !== code)
        failures.push(
          `${route.method} ${route.url} ${label}: ${res.statusCode} ${body.errorCode} (want ${status} ${code})`,
        );
    };

    const scopes = new Map<string, string>();
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      if (PUBLIC.has(key)) continue;
      // The scope comes from Okta's description (or the explicit table), never from the route itself.
      const expected = expectedScopes(key);
      if (!expected || expected.length === 0) {
        failures.push(`${key}: no expected scope (add it to MAILROOM_SCOPES or check Okta's description)`);
        continue;
      }
      const scope = expected[0] as Scope;
      scopes.set(key, scope);
      checks++;
      const probe = await request(route, {}, noScopes);
      const announced = /scope="([^"]+)"/.exec(String(probe.headers['www-authenticate'] ?? ''))?.[1];
      if (probe.statusCode !== 403 || !announced || !expected.includes(announced))
        failures.push(
          `${key}: a token without scopes got ${probe.statusCode} naming ${announced} (want 403, ${expected.join(' or ')})`,
        );
      // Exactly the expected scope is enough: anything but 401/403 means the credential was accepted.
      checks++;
      const only = await request(route, {}, (await create([scope])).token);
      if (only.statusCode === 401 || only.statusCode === 403)
        failures.push(`${key}: a token with only ${scope} got ${only.statusCode}`);
      const allBut = (await create(SCOPES.filter((s) => !expected.includes(s)))).token;
      await expectError('no token', route, request(route, {}), 401, 'E0000011');
      await expectError('bad token', route, request(route, {}, 'not-a-real-token'), 401, 'E0000011');
      await expectError(
        'bearer bad token',
        route,
        request(route, { authorization: 'Bearer x.y.z' }),
        401,
        'E0000011',
      );
      await expectError('revoked token', route, request(route, {}, revoked.token), 401, 'E0000011');
      await expectError(
        'revoked session',
        route,
        request(route, { cookie: revokedSession.cookie }),
        401,
        'E0000011',
      );
      await expectError(`missing ${scope}`, route, request(route, {}, allBut), 403, 'E0000006');
      if (UNSAFE.has(route.method)) {
        await expectError(
          'session without CSRF',
          route,
          request(route, { cookie: session.cookie }),
          403,
          'E0000006',
        );
        await expectError(
          'session, wrong CSRF',
          route,
          request(route, { cookie: session.cookie, 'x-csrf-token': session.csrf.slice(1) }),
          403,
          'E0000006',
        );
      }
      await expectError(
        'cross-site with session and CSRF token',
        route,
        request(route, { cookie: session.cookie, 'x-csrf-token': session.csrf, ...EVIL }),
        403,
        'E0000006',
      );
      await expectError(
        'foreign Origin with session',
        route,
        request(route, {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          origin: 'https://evil.example',
        }),
        403,
        'E0000006',
      );
    }

    // The console's own session endpoints are public by design, but not to a forged or cross-site caller.
    const sessionRoute = (method: string): RouteEntry => ({ method, url: '/api/mailroom/v1/session' });
    await expectError('no cookie', sessionRoute('GET'), request(sessionRoute('GET'), {}), 401, 'E0000011');
    await expectError(
      'revoked session',
      sessionRoute('GET'),
      request(sessionRoute('GET'), { cookie: revokedSession.cookie }),
      401,
      'E0000011',
    );
    for (const [label, token] of [
      ['bad token', 'not-a-real-token'],
      ['revoked token', revoked.token],
    ]) {
      checks++;
      const res = await t.call({
        method: 'POST',
        url: '/api/mailroom/v1/session',
        token: null,
        payload: { token },
      });
      if (res.statusCode !== 401) failures.push(`POST session with ${label}: ${res.statusCode}`);
    }
    checks++;
    const crossSignIn = await t.call({
      method: 'POST',
      url: '/api/mailroom/v1/session',
      token: null,
      headers: EVIL,
      payload: { token: t.token },
    });
    if (crossSignIn.statusCode !== 403) failures.push(`cross-site sign-in: ${crossSignIn.statusCode}`);
    await expectError(
      'sign-out without CSRF',
      sessionRoute('DELETE'),
      request(sessionRoute('DELETE'), { cookie: session.cookie }),
      403,
      'E0000006',
    );

    // The real thing still works: same-origin session with its CSRF token, and the admin token.
    const ok = await t.call({
      method: 'GET',
      url: '/api/v1/email-servers',
      token: null,
      headers: {
        cookie: session.cookie,
        origin: 'http://localhost:80',
        host: 'localhost:80',
        'sec-fetch-site': 'same-origin',
      },
    });
    expect(ok.statusCode).toBe(200);

    const passed = checks - failures.length;
    recordFigure({
      item: '7 auth matrix',
      figure: `${routes.length} endpoints (${scopes.size} scoped), ${checks} checks: ${passed}/${checks} right (${((100 * passed) / checks).toFixed(1)} %)`,
      target: '100 % right 401/403',
      pass: failures.length === 0,
    });
    expect(failures).toEqual([]);
    expect(scopes.size).toBeGreaterThanOrEqual(25);
  }, 60_000);
});

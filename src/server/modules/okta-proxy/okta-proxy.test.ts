import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../../testing/build-test-app';
import { startListeningApp } from '../../testing/listening-app';
import { closedPort } from '../../testing/smtp-test-server';

const ORG_TOKEN = '00OrgSideToken0000000000000000000000000000';

/** Real Okta mode, tested by pointing one Mailroom (the console's server) at a second one acting as the org. */
describe('real Okta mode (forwarding to an org)', () => {
  let org: TestApp & { url: string };
  let front: TestApp;

  beforeAll(async () => {
    org = await startListeningApp({ ADMIN_TOKEN: ORG_TOKEN });
    front = await buildTestApp({
      OKTA_ORG_URL: org.url + '/',
      OKTA_API_TOKEN: ORG_TOKEN,
      PUBLIC_URL: 'http://front.test',
    });
  });
  afterAll(async () => {
    await front.close();
    await org.close();
  });

  it('forwards email-server writes and reads to the org with the org token', async () => {
    const created = await front.call({
      method: 'POST',
      url: '/api/v1/email-servers',
      payload: {
        alias: 'Via proxy',
        host: 'smtp.example.com',
        port: 587,
        username: 'u',
        password: 'org-secret-pw',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain('org-secret-pw');
    expect(org.app.mailroom.emailServers.list().map((s) => s.alias)).toEqual(['Via proxy']);
    expect(front.app.mailroom.emailServers.list()).toEqual([]);
    const list = await front.call({ method: 'GET', url: '/api/v1/email-servers' });
    expect(list.json()['email-servers'][0].alias).toBe('Via proxy');
  });

  it('returns the org’s data and errors, rewriting Link to point back at Mailroom, never leaking the org token', async () => {
    const brands = await front.call({ method: 'GET', url: '/api/v1/brands?limit=1' });
    expect(brands.statusCode).toBe(200);
    expect(brands.json()[0].id).toBe(org.app.mailroom.brands.getDefault()!.id);
    expect(String(brands.headers.link)).toMatch(
      /^<http:\/\/front\.test\/api\/v1\/brands\?limit=1>; rel="self"/,
    );
    expect(JSON.stringify(brands.headers) + brands.body).not.toContain(ORG_TOKEN);

    const missing = await front.call({ method: 'GET', url: '/api/v1/email-servers/cesMissing' });
    expectOktaError(missing, 404, 'E0000007');
    const me = await front.call({ method: 'GET', url: '/api/v1/users/me' });
    expect(me.json().id).toBe(org.app.mailroom.tokens.verify(ORG_TOKEN)!.userId);
  });

  it('still requires a Mailroom session or token, with its scopes, before forwarding', async () => {
    expectOktaError(await front.call({ method: 'GET', url: '/api/v1/brands', token: null }), 401, 'E0000011');
    const reader = front.tokenWith('okta.brands.read');
    expectOktaError(
      await front.call({ method: 'GET', url: '/api/v1/email-servers', token: reader }),
      403,
      'E0000006',
    );
    // The mailbox is local in every mode.
    expect((await front.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).statusCode).toBe(200);
  });

  it('answers 502 with an Okta error when the org cannot be reached', async () => {
    const port = await closedPort();
    const lonely = await buildTestApp({
      OKTA_ORG_URL: `http://127.0.0.1:${port}`,
      OKTA_API_TOKEN: ORG_TOKEN,
    });
    try {
      const res = await lonely.call({ method: 'GET', url: '/api/v1/brands' });
      const body = expectOktaError(res, 502, 'MR0000502');
      expect(body.errorSummary).toContain('could not be reached');
    } finally {
      await lonely.close();
    }
  });
});

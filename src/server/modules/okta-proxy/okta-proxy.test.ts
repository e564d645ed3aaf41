import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';
import { startListeningApp } from '../../../../test/support/listening-app';
import { closedPort } from '../../../../test/support/smtp-test-server';
import { startLiveOktaOrg, type LiveOktaOrg } from '../../../../test/support/live-okta-org';
import { rewriteLinks } from './proxy';

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
    expect((await org.app.mailroom.emailServers.list()).map((s) => s.alias)).toEqual(['Via proxy']);
    expect(await front.app.mailroom.emailServers.list()).toEqual([]);
    const list = await front.call({ method: 'GET', url: '/api/v1/email-servers' });
    expect(list.json()['email-servers'][0].alias).toBe('Via proxy');
  });

  it('returns the org’s data and errors, rewriting Link to point back at Mailroom, never leaking the org token', async () => {
    const brands = await front.call({ method: 'GET', url: '/api/v1/brands?limit=1' });
    expect(brands.statusCode).toBe(200);
    expect(brands.json()[0].id).toBe((await org.app.mailroom.brands.getDefault())!.id);
    expect(String(brands.headers.link)).toMatch(
      /^<http:\/\/front\.test\/api\/v1\/brands\?limit=1>; rel="self"/,
    );
    expect(JSON.stringify(brands.headers) + brands.body).not.toContain(ORG_TOKEN);

    const missing = await front.call({ method: 'GET', url: '/api/v1/email-servers/cesMissing' });
    expectOktaError(missing, 404, 'E0000007');
    const me = await front.call({ method: 'GET', url: '/api/v1/users/me' });
    expect(me.json().id).toBe((await org.app.mailroom.tokens.verify(ORG_TOKEN))!.userId);
  });

  it('still requires a Mailroom session or token, with its scopes, before forwarding', async () => {
    expectOktaError(await front.call({ method: 'GET', url: '/api/v1/brands', token: null }), 401, 'E0000011');
    const reader = await front.tokenWith('okta.brands.read');
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

  it('refuses to test SMTP settings itself: the org tests saved servers only', async () => {
    const res = await front.call({
      method: 'POST',
      url: '/api/mailroom/v1/smtp-test',
      payload: {
        host: 'smtp.example.com',
        port: 587,
        username: 'u',
        fromAddress: 'a@b.c',
        toAddress: 'd@e.f',
      },
    });
    expectOktaError(res, 409, 'MR0000409');
  });
});

describe('rewriteLinks', () => {
  it('points every absolute Link target back at Mailroom, whatever host the org named itself by', () => {
    const header =
      '<https://acme.okta.com/api/v1/brands/b/templates/email?limit=20>; rel="self", ' +
      '<https://ACME-admin.okta.com:443/api/v1/brands/b/templates/email?after=X&limit=20>; rel="next"';
    expect(rewriteLinks(header, 'http://127.0.0.1:8080')).toBe(
      '<http://127.0.0.1:8080/api/v1/brands/b/templates/email?limit=20>; rel="self", ' +
        '<http://127.0.0.1:8080/api/v1/brands/b/templates/email?after=X&limit=20>; rel="next"',
    );
    expect(rewriteLinks('</relative?x=1>; rel="self"', 'http://m')).toBe('</relative?x=1>; rel="self"');
  });
});

/** Against an org that answers in live Okta's recorded shapes (testing/live-okta-org.ts). */
describe('real Okta mode against live Okta shapes', () => {
  let org: LiveOktaOrg;
  let front: TestApp;

  beforeAll(async () => {
    org = await startLiveOktaOrg(ORG_TOKEN);
    front = await buildTestApp({
      OKTA_ORG_URL: org.url,
      OKTA_API_TOKEN: ORG_TOKEN,
      PUBLIC_URL: 'http://front.test',
    });
  }, 60_000);
  afterAll(async () => {
    await front?.close();
    await org?.stop();
  });

  it('passes the org’s paging through with Link rewritten from the org’s canonical host', async () => {
    const brandId = (await org.api<{ id: string }[]>('GET', '/api/v1/brands')).data[0].id;
    const first = await front.call({
      method: 'GET',
      url: `/api/v1/brands/${brandId}/templates/email?limit=20`,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toHaveLength(20);
    const link = String(first.headers.link);
    expect(link).not.toContain('localhost');
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1];
    expect(next).toMatch(/^http:\/\/front\.test\/api\/v1\/brands\/.+after=/);
    const second = await front.call({ method: 'GET', url: next!.replace('http://front.test', '') });
    expect(second.json()).toHaveLength(11);
    expect(second.headers.link).not.toContain('rel="next"');
  });

  it('passes the org’s 429 with its X-Rate-Limit-* headers', async () => {
    org.throttle(1);
    const res = await front.call({ method: 'GET', url: '/api/v1/email-servers' });
    expectOktaError(res, 429, 'E0000047');
    expect(res.headers['x-rate-limit-remaining']).toBe('0');
    expect(Number(res.headers['x-rate-limit-reset'])).toBeGreaterThan(Date.now() / 1000 - 1);
  });

  it('answers 502 MR0000401, not 401, when the org refuses the org token', async () => {
    const refused = await buildTestApp({
      OKTA_ORG_URL: org.url,
      OKTA_API_TOKEN: '00WrongOrgToken0000000000000000000000000000',
    });
    try {
      const res = await refused.call({ method: 'GET', url: '/api/v1/brands' });
      const body = expectOktaError(res, 502, 'MR0000401');
      expect(body.errorSummary).toContain('Invalid token provided');
    } finally {
      await refused.close();
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEST_RECIPIENTS } from '../../../shared/email/addresses';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';

/** Mailroom's `POST /api/mailroom/v1/brands/{brandId}/templates/email/{name}/test-sends`: a test email to anyone. */
describe('test sends to any address', () => {
  let t: TestApp;
  let sends: (template?: string) => string;
  beforeEach(async () => {
    t = await buildTestApp();
    sends = (template = 'ForgotPassword') =>
      `/api/mailroom/v1/brands/${t.defaultBrandId}/templates/email/${template}/test-sends`;
  });
  afterEach(async () => {
    await t.close();
  });

  const inbox = async () => (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
  const open = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/mailroom/v1/messages/${id}` })).json();

  it('sends exactly what Okta’s test email sends, to the address given (204, the delivery in a header)', async () => {
    const root = `/api/v1/brands/${t.defaultBrandId}/templates/email`;
    await t.call({
      method: 'POST',
      url: `${root}/ForgotPassword/customizations`,
      payload: {
        language: 'fr',
        subject: 'Réinitialisez votre mot de passe ${org.name}',
        body: '<p>Bonjour ${user.profile.firstName}, <a href="${resetPasswordLink}">réinitialiser</a></p>',
      },
    });
    const res = await t.call({
      method: 'POST',
      url: sends(),
      payload: { to: 'grace@example.com', language: 'fr' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(String(res.headers['x-mailroom-delivery'])).toMatch(/^\w+; outcome=SUCCESS$/);
    await t.call({ method: 'POST', url: `${root}/ForgotPassword/test?language=fr` });

    const [okta, ours] = await inbox();
    expect(ours.to).toEqual(['grace@example.com']);
    expect(okta.to).toEqual(['admin@mailroom.localhost']);
    const [a, b] = [await open(ours.id), await open(okta.id)];
    expect(a.subject).toBe('Réinitialisez votre mot de passe Mailroom');
    expect(a.subject).toBe(b.subject);
    expect(a.html).toBe(b.html);
    expect(a.text).toBe(b.text);
    expect(a.from).toBe(b.from);
    const header = (m: { headers: { name: string; value: string }[] }, name: string) =>
      m.headers.find((h) => h.name.toLowerCase() === name)?.value;
    expect(header(a, 'x-mailroom-template')).toBe('ForgotPassword');
    expect(header(a, 'x-mailroom-language')).toBe('fr');
  });

  it('takes a few addresses (commas, semicolons or spaces; duplicates once)', async () => {
    const res = await t.call({
      method: 'POST',
      url: sends(),
      payload: { to: 'a@acme.example, b@acme.example;A@acme.example' },
    });
    expect(res.statusCode).toBe(204);
    const [message] = await inbox();
    expect(message.to.sort()).toEqual(['a@acme.example', 'b@acme.example']);
  });

  it('refuses a bad address, no address, too many, or no `to` with 400 E0000001 naming `to`', async () => {
    const post = (payload: Record<string, unknown>) => t.call({ method: 'POST', url: sends(), payload });
    expectOktaError(
      await post({ to: 'not-an-address' }),
      400,
      'E0000001',
      'to: "not-an-address" is not an email address.',
    );
    expectOktaError(await post({ to: 'Ada <ada@acme.example>' }), 400, 'E0000001', 'is not an email address');
    expectOktaError(await post({ to: ' , ' }), 400, 'E0000001', 'to: Enter an email address.');
    const many = Array.from({ length: MAX_TEST_RECIPIENTS + 1 }, (_, i) => `u${i}@acme.example`).join(',');
    expectOktaError(
      await post({ to: many }),
      400,
      'E0000001',
      `to: At most ${MAX_TEST_RECIPIENTS} addresses`,
    );
    expectOktaError(await post({}), 400, 'E0000001', 'to: The field is required.');
    expectOktaError(await post({ to: 42 }), 400, 'E0000001', 'to: Must be a string.');
    expect(await inbox()).toEqual([]);
  });

  it('404s an unknown template or brand', async () => {
    expectOktaError(
      await t.call({ method: 'POST', url: sends('NoSuchTemplate'), payload: { to: 'a@acme.example' } }),
      404,
      'E0000007',
    );
    expectOktaError(
      await t.call({
        method: 'POST',
        url: '/api/mailroom/v1/brands/bndNope/templates/email/ForgotPassword/test-sends',
        payload: { to: 'a@acme.example' },
      }),
      404,
      'E0000007',
    );
  });

  it('needs mailroom.testsends.manage: 403 with okta.templates.read or manage alone; 204 with it', async () => {
    const payload = { to: 'a@acme.example' };
    for (const token of [
      await t.tokenWith('okta.templates.read'),
      await t.tokenWith('okta.templates.manage', 'mailroom.mailbox.manage'),
    ]) {
      const res = await t.call({ method: 'POST', url: sends(), payload, token });
      expectOktaError(res, 403, 'E0000006', 'mailroom.testsends.manage');
      expect(String(res.headers['www-authenticate'])).toContain('scope="mailroom.testsends.manage"');
    }
    const sender = await t.tokenWith('mailroom.testsends.manage');
    expect((await t.call({ method: 'POST', url: sends(), payload, token: sender })).statusCode).toBe(204);
    expect(await inbox()).toHaveLength(1);
  });
});

describe('test sends in real Okta mode', () => {
  it('answer 501 MR0000501: Okta sends test emails to the caller only', async () => {
    const t = await buildTestApp({ OKTA_ORG_URL: 'http://127.0.0.1:9', OKTA_API_TOKEN: 'org-token-x' });
    try {
      const res = await t.call({
        method: 'POST',
        url: `/api/mailroom/v1/brands/${t.defaultBrandId}/templates/email/ForgotPassword/test-sends`,
        payload: { to: 'a@acme.example' },
      });
      expectOktaError(res, 501, 'MR0000501', undefined);
      expect(res.body).not.toContain('org-token-x');
    } finally {
      await t.close();
    }
  });
});

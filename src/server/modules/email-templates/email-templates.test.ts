import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATES } from '../../../shared/templates/catalog';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';
import { expectOktaResponse } from '../../../../test/support/okta-schema';

const ACTIVATION_BODY = '<p>Hello ${user.profile.firstName}, <a href="${activationLink}">activate</a></p>';

describe('Custom Email Templates API', () => {
  let t: TestApp;
  let brandId: string;
  let root: string;
  beforeEach(async () => {
    t = await buildTestApp();
    brandId = t.defaultBrandId;
    root = `/api/v1/brands/${brandId}/templates/email`;
  });
  afterEach(async () => {
    await t.close();
  });

  const customizations = (template = 'UserActivation') => `${root}/${template}/customizations`;
  const create = (body: Record<string, unknown>, template = 'UserActivation') =>
    t.call({ method: 'POST', url: customizations(template), payload: body });
  const custom = (language: string, extra: Record<string, unknown> = {}) => ({
    language,
    subject: `Welcome (${language}) to \${org.name}!`,
    body: ACTIVATION_BODY,
    ...extra,
  });
  const pathOf = (href: string) => new URL(href).pathname + new URL(href).search;
  const nextLink = (link: unknown) => /<([^>]+)>; rel="next"/.exec(String(link))?.[1];

  describe('templates', () => {
    it('lists 20 per page by default and follows Link next (carrying limit and expand) through all 39', async () => {
      const first = await t.call({ method: 'GET', url: `${root}?expand=settings,customizationCount` });
      expect(first.statusCode).toBe(200);
      expectOktaResponse('listEmailTemplates', 200, first.json());
      expect(first.json()).toHaveLength(20);
      const next = nextLink(first.headers.link)!;
      expect(next).toMatch(/^http:\/\/localhost(:80)?\/api\/v1\/brands\/bnd\w+\/templates\/email\?/);
      expect(new URL(next).searchParams.get('limit')).toBe('20');
      expect(new URL(next).searchParams.get('expand')).toBe('settings,customizationCount');
      expect(new URL(next).searchParams.get('after')).toBe(first.json()[19].name);

      const names: string[] = [];
      let url: string | undefined = `${root}?limit=7`;
      while (url) {
        const res = await t.call({ method: 'GET', url });
        names.push(...res.json().map((x: { name: string }) => x.name));
        const n = nextLink(res.headers.link);
        url = n ? pathOf(n) : undefined;
      }
      expect(names).toEqual(EMAIL_TEMPLATES.map((x) => x.name));
      expect(names).toHaveLength(39);
      expect(names.slice(0, 3)).toEqual(['UserActivation', 'UserBootstrappedActivation', 'ForgotPassword']);
    });

    it('expands settings and customizationCount only when asked', async () => {
      await create(custom('en'));
      const plain = (await t.call({ method: 'GET', url: `${root}/UserActivation` })).json();
      expect(plain._embedded).toBeUndefined();
      expect(Object.keys(plain._links).sort()).toEqual([
        'customizations',
        'defaultContent',
        'self',
        'settings',
        'test',
      ]);
      const res = await t.call({
        method: 'GET',
        url: `${root}/UserActivation?expand=settings,customizationCount`,
      });
      expectOktaResponse('getEmailTemplate', 200, res.json());
      expect(res.json()._embedded).toMatchObject({
        customizationCount: 1,
        settings: { recipients: 'ALL_USERS' },
      });
      expectOktaError(
        await t.call({ method: 'GET', url: `${root}/UserActivation?expand=everything` }),
        400,
        'E0000001',
        'expand',
      );
    });

    it('404 E0000007 for an unknown brand or template', async () => {
      expectOktaError(
        await t.call({ method: 'GET', url: '/api/v1/brands/bndNope/templates/email' }),
        404,
        'E0000007',
      );
      expectOktaError(await t.call({ method: 'GET', url: `${root}/NoSuchTemplate` }), 404, 'E0000007');
      expectOktaError(
        await t.call({ method: 'GET', url: `${root}/NoSuchTemplate/customizations` }),
        404,
        'E0000007',
      );
      expectOktaError(await t.call({ method: 'GET', url: `${customizations()}/oelNope` }), 404, 'E0000007');
    });
  });

  describe('customizations: the one-default rules', () => {
    it('makes the first customization the default even when isDefault:false is sent; later ones are not', async () => {
      const first = await create(custom('en', { isDefault: false }));
      expect(first.statusCode).toBe(201);
      expectOktaResponse('createEmailCustomization', 201, first.json());
      expect(first.json()).toMatchObject({ language: 'en', isDefault: true });
      expect(first.json().id).toMatch(/^oel[0-9A-Za-z]{17}$/);
      expect(Object.keys(first.json()._links).sort()).toEqual([
        'preview',
        'self',
        'settings',
        'template',
        'test',
      ]);
      const second = await create(custom('fr'));
      expect(second.json()).toMatchObject({ language: 'fr', isDefault: false });
    });

    it('create with isDefault:true while a default exists → 409 E0000182; same language → 409 E0000183', async () => {
      await create(custom('en'));
      expectOktaError(await create(custom('fr', { isDefault: true })), 409, 'E0000182');
      expectOktaError(await create(custom('en')), 409, 'E0000183');
      const list = (await t.call({ method: 'GET', url: customizations() })).json();
      expect(list).toHaveLength(1);
    });

    it('PUT keeps id and created, changes lastUpdated, and isDefault:true moves the default', async () => {
      const en = (await create(custom('en'))).json();
      const fr = (await create(custom('fr'))).json();
      const res = await t.call({
        method: 'PUT',
        url: `${customizations()}/${fr.id}`,
        payload: custom('fr', { subject: 'Bienvenue', isDefault: true }),
      });
      expect(res.statusCode).toBe(200);
      expectOktaResponse('replaceEmailCustomization', 200, res.json());
      expect(res.json()).toMatchObject({
        id: fr.id,
        created: fr.created,
        subject: 'Bienvenue',
        isDefault: true,
      });
      expect(res.json().lastUpdated > fr.lastUpdated).toBe(true);
      const enNow = (await t.call({ method: 'GET', url: `${customizations()}/${en.id}` })).json();
      expect(enNow.isDefault).toBe(false);
    });

    it('PUT moves lastUpdated past the stored one even when another process stamped it ahead of our clock', async () => {
      const en = (await create(custom('en'))).json();
      // Another replica, its clock a minute ahead, saved it last.
      const ahead = new Date(Date.now() + 60_000).toISOString();
      await t.app.mailroom.db.run('UPDATE customizations SET last_updated = ? WHERE id = ?', ahead, en.id);
      const res = await t.call({ method: 'PUT', url: `${customizations()}/${en.id}`, payload: custom('en') });
      expect(res.statusCode).toBe(200);
      expect(res.json().lastUpdated).toBe(new Date(Date.parse(ahead) + 1).toISOString());
    });

    it('PUT without isDefault leaves the flag; PUT isDefault:false on the default → 409 E0000185', async () => {
      const en = (await create(custom('en'))).json();
      const kept = await t.call({
        method: 'PUT',
        url: `${customizations()}/${en.id}`,
        payload: custom('en'),
      });
      expect(kept.json().isDefault).toBe(true);
      expectOktaError(
        await t.call({
          method: 'PUT',
          url: `${customizations()}/${en.id}`,
          payload: custom('en', { isDefault: false }),
        }),
        409,
        'E0000185',
      );
    });

    it('PUT onto another customization’s language → 409 E0000183', async () => {
      await create(custom('en'));
      const fr = (await create(custom('fr'))).json();
      expectOktaError(
        await t.call({ method: 'PUT', url: `${customizations()}/${fr.id}`, payload: custom('en') }),
        409,
        'E0000183',
      );
    });

    it('deleting the default → 409 E0000184 even when it is the last; others delete (204); delete-all resets', async () => {
      const en = (await create(custom('en'))).json();
      expectOktaError(
        await t.call({ method: 'DELETE', url: `${customizations()}/${en.id}` }),
        409,
        'E0000184',
      );
      const fr = (await create(custom('fr'))).json();
      expect((await t.call({ method: 'DELETE', url: `${customizations()}/${fr.id}` })).statusCode).toBe(204);
      expectOktaError(await t.call({ method: 'GET', url: `${customizations()}/${fr.id}` }), 404, 'E0000007');
      expect((await t.call({ method: 'DELETE', url: customizations() })).statusCode).toBe(204);
      expect((await t.call({ method: 'GET', url: customizations() })).json()).toEqual([]);
      // After a reset the next customization is the default again.
      expect((await create(custom('de'))).json().isDefault).toBe(true);
    });

    it('pages customizations by id with Link next', async () => {
      for (const language of ['en', 'fr', 'de', 'es', 'it']) await create(custom(language));
      const first = await t.call({ method: 'GET', url: `${customizations()}?limit=2` });
      expectOktaResponse('listEmailCustomizations', 200, first.json());
      const languages = first.json().map((c: { language: string }) => c.language);
      let url = nextLink(first.headers.link);
      expect(new URL(url!).searchParams.get('after')).toBe(first.json()[1].id);
      while (url) {
        const res = await t.call({ method: 'GET', url: pathOf(url) });
        languages.push(...res.json().map((c: { language: string }) => c.language));
        url = nextLink(res.headers.link);
      }
      expect(languages).toEqual(['en', 'fr', 'de', 'es', 'it']);
    });
  });

  describe('customizations: validation in plain words', () => {
    it('rejects an unsupported language (E0000001) and a malformed tag (E0000236)', async () => {
      expectOktaError(
        await create(custom('xx')),
        400,
        'E0000001',
        'language: "xx" is not a supported language',
      );
      expectOktaError(await create(custom('not a tag!')), 400, 'E0000236');
      expectOktaError(
        await create({ subject: 's', body: ACTIVATION_BODY }),
        400,
        'E0000001',
        'language: The field is required.',
      );
    });

    it('normalises the case of a supported tag', async () => {
      expect((await create(custom('pt-br'))).json().language).toBe('pt-BR');
    });

    it('names the accepted alternatives when a required variable is missing', async () => {
      const res = await create(custom('en', { body: '<p>No link here</p>' }));
      expectOktaError(
        res,
        400,
        'E0000001',
        'body: The body must reference one of ${activationLink}, ${activationToken}.',
      );
      // The unbraced and quiet forms count, as in Okta.
      expect((await create(custom('en', { body: 'Go to $activationLink now' }))).statusCode).toBe(201);
      expect((await create(custom('fr', { body: 'Code: $!{activationToken}' }))).statusCode).toBe(201);
    });

    it('limits the subject to 128 characters and the body to under 64 KB', async () => {
      expectOktaError(
        await create(custom('en', { subject: 'x'.repeat(129) })),
        400,
        'E0000001',
        'limit is 128',
      );
      const big = ACTIVATION_BODY + 'x'.repeat(64 * 1024);
      expectOktaError(await create(custom('en', { body: big })), 400, 'E0000001', 'smaller than 64 KB');
    });

    it('reports a Velocity syntax error with its line and column', async () => {
      const res = await create(custom('en', { body: `${ACTIVATION_BODY}\n#if($x)\n<p>never closed</p>` }));
      const body = expectOktaError(res, 400, 'E0000001');
      expect(body.errorCauses[0].errorSummary).toMatch(/^body: .*line \d+.*column \d+/i);
    });
  });

  describe('previews and default content', () => {
    it('renders a customization with the caller’s context', async () => {
      const { id } = (await create(custom('en'))).json();
      const res = await t.call({ method: 'GET', url: `${customizations()}/${id}/preview` });
      expect(res.statusCode).toBe(200);
      expectOktaResponse('getCustomizationPreview', 200, res.json());
      expect(res.json().subject).toBe('Welcome (en) to Mailroom!');
      expect(res.json().body).toContain('Hello Ada,');
      expect(res.json().body).toMatch(/href="https?:\/\/[^"]+"/);
      expect(res.json().body).not.toContain('${activationLink}');
    });

    it('default content in the requested language, else the caller’s language (an invalid one falls back)', async () => {
      const fr = await t.call({ method: 'GET', url: `${root}/ForgotPassword/default-content?language=fr` });
      expectOktaResponse('getEmailDefaultContent', 200, fr.json());
      expect(fr.json().body).toContain('lang="fr"');
      expect(fr.json().body).toContain('resetPasswordLink');
      const fallback = await t.call({
        method: 'GET',
        url: `${root}/ForgotPassword/default-content?language=eng`,
      });
      expect(fallback.json().body).toContain('lang="en"');
      await t.call({ method: 'POST', url: '/api/v1/users/me', payload: { profile: { locale: 'de_DE' } } });
      const mine = await t.call({ method: 'GET', url: `${root}/ForgotPassword/default-content` });
      expect(mine.json().body).toContain('lang="de"');
    });

    it('renders durations in the email’s language, not the caller’s', async () => {
      const de = await t.call({
        method: 'GET',
        url: `${root}/ForgotPassword/default-content/preview?language=de`,
      });
      expect(de.json().body).toMatch(/1 Stunde/);
      expect(de.json().body).not.toMatch(/1 hour/);
    });

    it('previews default content rendered', async () => {
      const res = await t.call({
        method: 'GET',
        url: `${root}/UserActivation/default-content/preview?language=ja`,
      });
      expectOktaResponse('getEmailDefaultPreview', 200, res.json());
      expect(res.json().body).toContain('lang="ja"');
      expect(res.json().body).not.toMatch(/\$\{activationLink\}/);
      expect(res.json().subject).not.toContain('${');
    });
  });

  describe('settings', () => {
    it('defaults to ALL_USERS and accepts the values a template allows', async () => {
      const res = await t.call({ method: 'GET', url: `${root}/UserActivation/settings` });
      expectOktaResponse('getEmailSettings', 200, res.json());
      expect(res.json().recipients).toBe('ALL_USERS');
      const put = await t.call({
        method: 'PUT',
        url: `${root}/UserActivation/settings`,
        payload: { recipients: 'NO_USERS' },
      });
      expect(put.statusCode).toBe(200);
      expect(put.json().recipients).toBe('NO_USERS');
      expect(
        (await t.call({ method: 'GET', url: `${root}/UserActivation/settings` })).json().recipients,
      ).toBe('NO_USERS');
    });

    it('422 E0000189 for a value the template does not support; 400 for a value no template has', async () => {
      expectOktaError(
        await t.call({
          method: 'PUT',
          url: `${root}/NewSignOnNotification/settings`,
          payload: { recipients: 'ADMINS_ONLY' },
        }),
        422,
        'E0000189',
      );
      expectOktaError(
        await t.call({
          method: 'PUT',
          url: `${root}/ChangeEmailConfirmation/settings`,
          payload: { recipients: 'NO_USERS' },
        }),
        422,
        'E0000189',
      );
      expectOktaError(
        await t.call({
          method: 'PUT',
          url: `${root}/UserActivation/settings`,
          payload: { recipients: 'SOME' },
        }),
        400,
        'E0000001',
        'recipients',
      );
    });
  });

  describe('test emails', () => {
    const inbox = async () => (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
    const open = async (id: string) =>
      (await t.call({ method: 'GET', url: `/api/mailroom/v1/messages/${id}` })).json();

    it('sends the stock content to the caller’s primary and secondary addresses as multipart HTML + text', async () => {
      await t.call({
        method: 'POST',
        url: '/api/v1/users/me',
        payload: { profile: { secondEmail: 'ada.backup@acme.example' } },
      });
      const res = await t.call({ method: 'POST', url: `${root}/ForgotPassword/test?language=en` });
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      const [summary] = await inbox();
      expect(summary.to.sort()).toEqual(['admin@mailroom.localhost', 'ada.backup@acme.example'].sort());
      const message = await open(summary.id);
      expect(message.html).toContain('lang="en"');
      expect(message.text.length).toBeGreaterThan(20);
      expect(message.text).not.toContain('<');
      expect(message.raw).toMatch(/multipart\/alternative/);
      expect(message.raw).toMatch(/Message-ID: </i);
      expect(message.raw).toMatch(/From: "?Mailroom"? <noreply@mailroom\.localhost>/);
    });

    it('follows the chain: the language’s customization, else the default customization', async () => {
      await create(custom('fr', { subject: 'Version française' }));
      await create(custom('de', { subject: 'Deutsche Fassung' }));
      await t.call({ method: 'POST', url: `${root}/UserActivation/test?language=de` });
      await t.call({ method: 'POST', url: `${root}/UserActivation/test?language=es` });
      const subjects = (await inbox()).map((m: { subject: string }) => m.subject);
      expect(subjects).toEqual(['Version française', 'Deutsche Fassung']);
    });

    it('needs only okta.templates.read', async () => {
      const reader = await t.tokenWith('okta.templates.read');
      expect(
        (await t.call({ method: 'POST', url: `${root}/UserActivation/test`, token: reader })).statusCode,
      ).toBe(204);
      expectOktaError(
        await create(custom('en')).then(() =>
          t.call({ method: 'POST', url: customizations(), payload: custom('it'), token: reader }),
        ),
        403,
        'E0000006',
      );
    });
  });

  describe('scopes and brands', () => {
    it('reads need okta.templates.read; writes need okta.templates.manage', async () => {
      const brandsOnly = await t.tokenWith('okta.brands.read');
      expectOktaError(await t.call({ method: 'GET', url: root, token: brandsOnly }), 403, 'E0000006');
      const reader = await t.tokenWith('okta.templates.read');
      expect((await t.call({ method: 'GET', url: root, token: reader })).statusCode).toBe(200);
      for (const [method, url] of [
        ['POST', customizations()],
        ['DELETE', customizations()],
        ['PUT', `${root}/UserActivation/settings`],
        ['PUT', `${customizations()}/oelX`],
        ['DELETE', `${customizations()}/oelX`],
      ] as const) {
        expectOktaError(await t.call({ method, url, token: reader, payload: {} }), 403, 'E0000006');
      }
    });

    it('keeps each brand’s customizations and settings separate', async () => {
      await create(custom('en'));
      await t.call({
        method: 'PUT',
        url: `${root}/UserActivation/settings`,
        payload: { recipients: 'NO_USERS' },
      });
      const other = (
        await t.call({ method: 'POST', url: '/api/v1/brands', payload: { name: 'Second' } })
      ).json();
      const otherRoot = `/api/v1/brands/${other.id}/templates/email`;
      expect(
        (await t.call({ method: 'GET', url: `${otherRoot}/UserActivation/customizations` })).json(),
      ).toEqual([]);
      expect(
        (await t.call({ method: 'GET', url: `${otherRoot}/UserActivation/settings` })).json().recipients,
      ).toBe('ALL_USERS');
      const first = (await t.call({ method: 'GET', url: customizations() })).json()[0];
      expectOktaError(
        await t.call({ method: 'GET', url: `${otherRoot}/UserActivation/customizations/${first.id}` }),
        404,
        'E0000007',
      );
    });
  });
});

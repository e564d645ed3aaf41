import { afterEach, describe, expect, it } from 'vitest';
import { defaultContent } from '../../../shared/templates/default-content';
import { buildTestApp, expectOktaError, type TestApp } from '../../../../test/support/build-test-app';
import { expectOktaResponse } from '../../../../test/support/okta-schema';
import { valueOf } from '../../lib/outcome';

const BODY = '<p>Hello ${user.profile.firstName}, <a href="${activationLink}">activate</a></p>';
const stock = (language: string) => defaultContent('UserActivation', language)!;

/**
 * Okta's opt-in "Custom languages for Okta Email Templates", as CUSTOM_LANGUAGES: customizations in any BCP 47
 * language, and null content filled in Okta's order (docs/architecture.md, "Custom languages").
 */
describe('custom languages (CUSTOM_LANGUAGES)', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  async function start(customLanguages: boolean) {
    t = await buildTestApp(customLanguages ? { CUSTOM_LANGUAGES: 'true' } : {});
    const root = `/api/v1/brands/${t.defaultBrandId}/templates/email`;
    const list = `${root}/UserActivation/customizations`;
    return {
      root,
      list,
      create: (payload: Record<string, unknown>, url = list) => t.call({ method: 'POST', url, payload }),
      replace: (id: string, payload: Record<string, unknown>) =>
        t.call({ method: 'PUT', url: `${list}/${id}`, payload }),
    };
  }

  describe('on', () => {
    it('accepts any well-formed BCP 47 language and answers it in canonical case', async () => {
      const { create } = await start(true);
      for (const [sent, stored] of [
        ['en-GB', 'en-GB'],
        ['FR-ca', 'fr-CA'],
        ['es-419', 'es-419'],
        ['zh-hant-hk', 'zh-Hant-HK'],
        ['pt-br', 'pt-BR'],
      ]) {
        const res = await create({ language: sent, subject: `Hi ${sent}`, body: BODY });
        expect(res.statusCode, sent).toBe(201);
        expectOktaResponse('createEmailCustomization', 201, res.json());
        expect(res.json().language).toBe(stored);
      }
    });

    it('refuses a malformed tag with 400 E0000236 and Okta’s summary, saying what is wrong', async () => {
      const { create } = await start(true);
      for (const tag of ['en_GB', 'en--GB', 'abcdefghi', 'de-DE-1901-1901', 'en-a-bb-a-cc', '']) {
        const body = expectOktaError(
          await create({ language: tag, subject: 's', body: BODY }),
          400,
          'E0000236',
        );
        expect(body.errorSummary).toBe("The language doesn't conform to the BCP 47 standard for locales.");
        expect(body.errorCauses[0].errorSummary).toMatch(/^language: /);
      }
    });

    it('keeps one customization per language, compared without case (409 E0000183)', async () => {
      const { create, replace } = await start(true);
      await create({ language: 'fr-CA', subject: 'a', body: BODY });
      expectOktaError(await create({ language: 'fr-ca', subject: 'b', body: BODY }), 409, 'E0000183');
      expectOktaError(await create({ language: 'FR-CA', subject: 'b', body: BODY }), 409, 'E0000183');
      const other = (await create({ language: 'en-GB', subject: 'c', body: BODY })).json();
      expectOktaError(
        await replace(other.id, { language: 'Fr-cA', subject: 'c', body: BODY }),
        409,
        'E0000183',
      );
    });

    describe('a null subject or body is replaced, in Okta’s order', () => {
      it('1. by the existing default customization', async () => {
        const { create } = await start(true);
        await create({ language: 'en', subject: 'Default subject', body: BODY });
        const res = await create({ language: 'fr-CA', subject: null, body: null });
        expect(res.statusCode).toBe(201);
        expect(res.json()).toMatchObject({
          language: 'fr-CA',
          subject: 'Default subject',
          body: BODY,
          isDefault: false,
        });
      });

      it('2. by Okta’s content in the language, when it has some', async () => {
        const { create } = await start(true);
        const res = await create({ language: 'de', subject: null, body: null });
        expect(res.statusCode).toBe(201);
        expect(res.json()).toMatchObject({ ...stock('de'), isDefault: true });
      });

      it('3. by Okta’s content in the brand’s locale, when the language has none', async () => {
        const { create } = await start(true);
        const brand = valueOf(await t.app.mailroom.brands.create({ name: 'Nihon', locale: 'ja' }));
        const url = `/api/v1/brands/${brand.id}/templates/email/UserActivation/customizations`;
        const res = await create({ language: 'gsw-CH', subject: null, body: null }, url);
        expect(res.statusCode).toBe(201);
        expect(res.json()).toMatchObject({ language: 'gsw-CH', ...stock('ja') });
      });

      it('4. by Okta’s content in English, when neither has any', async () => {
        const { create } = await start(true);
        const brand = valueOf(await t.app.mailroom.brands.create({ name: 'Klingon', locale: 'tlh' }));
        const url = `/api/v1/brands/${brand.id}/templates/email/UserActivation/customizations`;
        const res = await create({ language: 'gsw-CH', body: null }, url);
        expect(res.statusCode).toBe(201);
        expect(res.json()).toMatchObject({ language: 'gsw-CH', ...stock('en') });
      });

      it('on replace too, each field on its own; the stored customization holds the replaced text', async () => {
        const { create, replace, list } = await start(true);
        const first = (await create({ language: 'en', subject: 'Default subject', body: BODY })).json();
        const second = (await create({ language: 'fr-CA', subject: 'Mine', body: BODY })).json();
        const res = await replace(second.id, {
          language: 'fr-CA',
          subject: null,
          body: `${BODY}<p>Salut</p>`,
        });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ subject: 'Default subject', body: `${BODY}<p>Salut</p>` });
        const stored = (await t.call({ method: 'GET', url: `${list}/${second.id}` })).json();
        expect(stored).toMatchObject({ subject: 'Default subject', body: `${BODY}<p>Salut</p>` });
        // The default replacing its own null subject keeps what it had.
        const self = await replace(first.id, { language: 'en', subject: null, body: BODY });
        expect(self.json().subject).toBe('Default subject');
      });
    });

    it('sends test emails in a custom locale from its customization, else the default one', async () => {
      const { create, root } = await start(true);
      await create({ language: 'en', subject: 'English default', body: BODY });
      await create({ language: 'fr-CA', subject: 'Québécois', body: BODY });
      for (const language of ['fr-CA', 'fr-ca', 'en-GB']) {
        const res = await t.call({ method: 'POST', url: `${root}/UserActivation/test?language=${language}` });
        expect(res.statusCode).toBe(204);
      }
      const inbox = (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
      expect(inbox.map((m: { subject: string }) => m.subject)).toEqual([
        'English default',
        'Québécois',
        'Québécois',
      ]);
    });

    it('sends a fr-CA user the fr-CA customization when no language is asked for', async () => {
      const { create, root } = await start(true);
      await create({ language: 'en', subject: 'English default', body: BODY });
      await create({ language: 'fr-CA', subject: 'Québécois', body: BODY });
      await t.call({ method: 'POST', url: '/api/v1/users/me', payload: { profile: { locale: 'fr_CA' } } });
      await t.call({ method: 'POST', url: `${root}/UserActivation/test` });
      const [message] = (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages' })).json();
      expect(message.subject).toBe('Québécois');
    });

    it('previews a custom-locale customization', async () => {
      const { create, list } = await start(true);
      const created = (
        await create({ language: 'es-419', subject: 'Hola ${user.profile.firstName}', body: BODY })
      ).json();
      const res = await t.call({ method: 'GET', url: `${list}/${created.id}/preview` });
      expect(res.statusCode).toBe(200);
      expect(res.json().subject).toMatch(/^Hola \S+/);
    });
  });

  describe('off (the default)', () => {
    it('accepts only the 28 languages: another well-formed tag is 400 E0000001, a malformed one E0000236', async () => {
      const { create } = await start(false);
      expectOktaError(
        await create({ language: 'fr-CA', subject: 's', body: BODY }),
        400,
        'E0000001',
        'language: "fr-CA" is not a supported language',
      );
      expectOktaError(await create({ language: 'en--GB', subject: 's', body: BODY }), 400, 'E0000236');
    });

    it('requires subject and body: null or absent is 400 E0000001, on create and replace', async () => {
      const { create, replace } = await start(false);
      expectOktaError(
        await create({ language: 'en', subject: null, body: BODY }),
        400,
        'E0000001',
        'subject: Must be a string.',
      );
      expectOktaError(
        await create({ language: 'en', subject: 's' }),
        400,
        'E0000001',
        'body: The field is required.',
      );
      const created = (await create({ language: 'en', subject: 's', body: BODY })).json();
      expectOktaError(
        await replace(created.id, { language: 'en', subject: 's', body: null }),
        400,
        'E0000001',
        'body: Must be a string.',
      );
    });
  });
});

import okta from '@okta/okta-sdk-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATES } from '../../src/shared/templates/catalog';
import { startListeningApp } from '../support/listening-app';
import type { TestApp } from '../support/build-test-app';

const BODY =
  '<!DOCTYPE html><html><body><p>Hello, ${user.profile.firstName}. Click <a href="${activationLink}">here</a>.</p></body></html>';

async function all<T>(collection: AsyncIterable<T | null>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of collection) if (item !== null) items.push(item);
  return items;
}

/** Okta's Node SDK v8, unchanged, through all 14 Custom Email Templates operations and their error cases. */
describe('Okta Node SDK v8 → Custom Email Templates API', () => {
  let server: TestApp & { url: string };
  let client: InstanceType<typeof okta.Client>;
  let brandId: string;
  const templateName = 'UserActivation';

  // How each answer went over the wire: the SDK asks for gzip, and answers over 1 KB come compressed.
  const wire: { url: string; accepted: string; encoding: string }[] = [];

  beforeAll(async () => {
    server = await startListeningApp({}, (app) =>
      app.addHook('onResponse', async (request, reply) => {
        wire.push({
          url: request.url,
          accepted: String(request.headers['accept-encoding'] ?? ''),
          encoding: String(reply.getHeader('content-encoding') ?? 'identity'),
        });
      }),
    );
    client = new okta.Client({ orgUrl: server.url, token: server.token, cacheMiddleware: null });
    // As Okta's own integration test does: the first brand of listBrands().
    const brands = await all(await client.customizationApi.listBrands());
    brandId = brands[0].id!;
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists every template across pages (the SDK follows Link next) and gets one with expansions', async () => {
    wire.length = 0;
    const templates = await all(await client.customizationApi.listEmailTemplates({ brandId, limit: 5 }));
    expect(templates.map((t) => t.name)).toEqual(EMAIL_TEMPLATES.map((t) => t.name));
    // It read those pages gzip-compressed (node-fetch decodes them), the same as plain JSON.
    const pages = wire.filter((w) => w.url.includes('/templates/email?'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages)
      expect(page).toMatchObject({ accepted: expect.stringContaining('gzip'), encoding: 'gzip' });
    const one = await client.customizationApi.getEmailTemplate({
      brandId,
      templateName,
      expand: ['settings', 'customizationCount'],
    });
    expect(one.name).toBe(templateName);
    expect(one._embedded?.customizationCount).toBe(0);
    expect(one._embedded?.settings?.recipients).toBe('ALL_USERS');
  });

  it('creates, reads, replaces, previews, pages and deletes customizations', async () => {
    const en = await client.customizationApi.createEmailCustomization({
      brandId,
      templateName,
      instance: { language: 'en', subject: 'Welcome to ${org.name}!', body: BODY, isDefault: true },
    });
    expect(en).toMatchObject({ language: 'en', isDefault: true });
    const languages = ['fr', 'de', 'es', 'it', 'ja'];
    for (const language of languages) {
      await client.customizationApi.createEmailCustomization({
        brandId,
        templateName,
        instance: { language, subject: `Welcome (${language})`, body: BODY, isDefault: false },
      });
    }
    const listed = await all(
      await client.customizationApi.listEmailCustomizations({ brandId, templateName, limit: 2 }),
    );
    expect(listed.map((c) => c.language)).toEqual(['en', ...languages]);

    const fetched = await client.customizationApi.getEmailCustomization({
      brandId,
      templateName,
      customizationId: en.id!,
    });
    expect(fetched.subject).toBe('Welcome to ${org.name}!');

    const fr = listed.find((c) => c.language === 'fr')!;
    const replaced = await client.customizationApi.replaceEmailCustomization({
      brandId,
      templateName,
      customizationId: fr.id!,
      instance: { language: 'fr', subject: 'Bienvenue chez ${org.name} !', body: BODY, isDefault: true },
    });
    expect(replaced).toMatchObject({ id: fr.id, isDefault: true });
    const enAfter = await client.customizationApi.getEmailCustomization({
      brandId,
      templateName,
      customizationId: en.id!,
    });
    expect(enAfter.isDefault).toBe(false);

    const preview = await client.customizationApi.getCustomizationPreview({
      brandId,
      templateName,
      customizationId: fr.id!,
    });
    expect(preview.subject).toBe('Bienvenue chez Mailroom !');
    expect(preview.body).toContain('Hello, Ada.');

    await client.customizationApi.deleteEmailCustomization({
      brandId,
      templateName,
      customizationId: en.id!,
    });
    await expect(
      client.customizationApi.getEmailCustomization({ brandId, templateName, customizationId: en.id! }),
    ).rejects.toMatchObject({ status: 404, errorCode: 'E0000007' });
  });

  it('reports the state machine’s conflicts as SDK errors with Okta codes', async () => {
    const current = await all(
      await client.customizationApi.listEmailCustomizations({ brandId, templateName }),
    );
    const def = current.find((c) => c.isDefault)!;
    const other = current.find((c) => !c.isDefault)!;
    const instance = (language: string, isDefault?: boolean) => ({
      language,
      subject: 's',
      body: BODY,
      isDefault,
    });

    await expect(
      client.customizationApi.createEmailCustomization({
        brandId,
        templateName,
        instance: instance('pl', true),
      }),
    ).rejects.toMatchObject({ status: 409, errorCode: 'E0000182' });
    await expect(
      client.customizationApi.createEmailCustomization({
        brandId,
        templateName,
        instance: instance(other.language!),
      }),
    ).rejects.toMatchObject({ status: 409, errorCode: 'E0000183' });
    await expect(
      client.customizationApi.deleteEmailCustomization({ brandId, templateName, customizationId: def.id! }),
    ).rejects.toMatchObject({ status: 409, errorCode: 'E0000184' });
    await expect(
      client.customizationApi.replaceEmailCustomization({
        brandId,
        templateName,
        customizationId: def.id!,
        instance: instance(def.language!, false),
      }),
    ).rejects.toMatchObject({ status: 409, errorCode: 'E0000185' });
    await expect(
      client.customizationApi.createEmailCustomization({
        brandId,
        templateName,
        instance: { language: 'pl', subject: 's', body: '<p>no link</p>' },
      }),
    ).rejects.toMatchObject({ status: 400, errorCode: 'E0000001' });
    await expect(
      client.customizationApi.getEmailTemplate({ brandId, templateName: 'NotATemplate' }),
    ).rejects.toMatchObject({ status: 404, errorCode: 'E0000007' });
  });

  it('reads default content and its preview, and reads and replaces settings', async () => {
    const content = await client.customizationApi.getEmailDefaultContent({
      brandId,
      templateName,
      language: 'fr',
    });
    expect(content.body).toContain('lang="fr"');
    const preview = await client.customizationApi.getEmailDefaultPreview({
      brandId,
      templateName,
      language: 'fr',
    });
    expect(preview.body).not.toContain('${');

    expect((await client.customizationApi.getEmailSettings({ brandId, templateName })).recipients).toBe(
      'ALL_USERS',
    );
    const updated = await client.customizationApi.replaceEmailSettings({
      brandId,
      templateName,
      EmailSettings: { recipients: 'ADMINS_ONLY' },
    });
    expect(updated.recipients).toBe('ADMINS_ONLY');
    await expect(
      client.customizationApi.replaceEmailSettings({
        brandId,
        templateName: 'NewSignOnNotification',
        EmailSettings: { recipients: 'ADMINS_ONLY' },
      }),
    ).rejects.toMatchObject({ status: 422, errorCode: 'E0000189' });
  });

  it('sends a test email that arrives with subject, recipients and both parts; delete-all resets', async () => {
    // Okta's own test passes an invalid language ('eng'): it falls back to the caller's language.
    await client.customizationApi.sendTestEmail({ brandId, templateName, language: 'eng' });
    await client.customizationApi.sendTestEmail({ brandId, templateName, language: 'de' });
    const messages = (await server.app.mailroom.mailbox.list({ limit: 10 })).page;
    expect(messages.map((m) => m.subject)).toEqual(['Welcome (de)', 'Bienvenue chez Mailroom !']);
    const message = (await server.app.mailroom.mailbox.get(messages[0].id))!;
    expect(message.to).toEqual(['admin@mailroom.localhost']);
    expect(message.html).toContain('Hello, Ada.');
    expect(message.text).toContain('Hello, Ada.');

    await client.customizationApi.deleteAllCustomizations({ brandId, templateName });
    expect(
      await all(await client.customizationApi.listEmailCustomizations({ brandId, templateName })),
    ).toEqual([]);
  });
});

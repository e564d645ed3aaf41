import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailCustomization } from '../src/shared/okta/email-template';
import { expect, expectAccessible, TemplatePage, test } from './fixtures';

const TEMPLATE = 'UserActivation';
const BODY = '<p>Bonjour ${user.profile.firstName}, <a href="${activationLink}">activez</a></p>';

// This file's Mailroom runs with CUSTOM_LANGUAGES on (the switch is off by default).
test.use({ serverEnv: { CUSTOM_LANGUAGES: 'true' } });

test('add a custom locale (fr-CA) from the template page, checked as typed, and compare it', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const list = apiPaths.customizations(brandId, TEMPLATE);
  // An English default already exists (a null subject and body: Okta fills them in from its English content).
  const english = await server.api<EmailCustomization>('POST', list, {
    language: 'en',
    subject: null,
    body: null,
  });
  expect(english.status).toBe(201);
  expect(english.data.subject).toMatch(/\S/);

  const template = new TemplatePage(page, brandId, TEMPLATE);
  await template.goto();
  await expect(page.getByRole('heading', { level: 1, name: 'User Activation' })).toBeVisible();
  await expect(page.getByText('Custom languages on')).toBeVisible();

  const field = await template.openLocaleField();
  await field.fill('fr_CA');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'not "_"' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use' })).toBeDisabled();
  await field.fill('fr-ca');
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(page.getByRole('status').filter({ hasText: '(fr-CA)' })).toBeVisible();
  await expectAccessible(page, 'template page, adding a locale');
  await page
    .locator('form')
    .filter({ has: template.languageToAdd })
    .screenshot({ path: 'test-results/custom-locale-field.png' });
  await field.press('Enter');
  await expect(template.languageToAdd).toHaveValue('fr-CA');
  await page
    .locator('form')
    .filter({ has: template.languageToAdd })
    .screenshot({ path: 'test-results/custom-locale-picked.png' });

  const editor = await template.addLanguage('fr-CA');
  await expect(page.getByRole('heading', { level: 1, name: 'Customize User Activation' })).toBeVisible();
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('fr-CA');
  await editor.replace('subject', 'Bienvenue au Québec, ${user.profile.firstName}');
  await editor.replace('body', BODY);
  await editor.saveButton().click();
  await expect(page.getByRole('status').filter({ hasText: /customization created/ })).toBeVisible();

  // Stored as fr-CA; the API answers it like any other language.
  const stored = await server.api<EmailCustomization[]>('GET', list);
  expect(stored.data.map((c) => c.language).sort()).toEqual(['en', 'fr-CA']);

  // Compare: the custom locale is a pane of its own, next to the supported languages.
  await page.goto(paths.compare.getHref(brandId, TEMPLATE, ['fr-CA', 'en']));
  const pane = page.getByLabel('Language of pane 1');
  await expect(pane).toHaveValue('fr-CA');
  await expect(pane.locator('optgroup[label="Custom locales"] option[value="fr-CA"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Canadian French preview' })).toContainText(
    'Bienvenue au Québec',
  );
});

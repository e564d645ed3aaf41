import { test, defaultBrandId, expect, expectAccessible, replaceEditorText, waitForEditor } from './fixtures';

const BODY = '<p>Bonjour ${user.profile.firstName}, <a href="${activationLink}">activez</a></p>';

// This file's Mailroom runs with CUSTOM_LANGUAGES on (the switch is off by default).
test.use({ serverEnv: { CUSTOM_LANGUAGES: 'true' } });

test('add a custom locale (fr-CA) from the template page, checked as typed, and compare it', async ({
  signedIn: page,
  server,
}) => {
  const brandId = await defaultBrandId(server);
  const list = `/api/v1/brands/${brandId}/templates/email/UserActivation/customizations`;
  // An English default already exists (a null subject and body: Okta fills them in from its English content).
  const english = await server.api<{ subject: string; isDefault: boolean }>('POST', list, {
    language: 'en',
    subject: null,
    body: null,
  });
  expect(english.status).toBe(201);
  expect(english.data.subject).toMatch(/\S/);

  await page.goto(`/brands/${brandId}/templates/UserActivation`);
  await expect(page.getByRole('heading', { level: 1, name: 'User Activation' })).toBeVisible();
  await expect(page.getByText('Custom languages on')).toBeVisible();

  const picker = page.getByLabel('Language to add');
  await picker.selectOption({ label: 'Add a locale…' });
  const field = page.getByLabel('Locale to add');
  await expect(field).toBeFocused();
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
    .filter({ has: picker })
    .screenshot({ path: 'test-results/custom-locale-field.png' });
  await field.press('Enter');
  await expect(picker).toHaveValue('fr-CA');
  await page
    .locator('form')
    .filter({ has: picker })
    .screenshot({ path: 'test-results/custom-locale-picked.png' });

  await page.getByRole('button', { name: 'Add language' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customize User Activation' })).toBeVisible();
  await waitForEditor(page);
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('fr-CA');
  await replaceEditorText(page, 'subject-editor', 'Bienvenue au Québec, ${user.profile.firstName}');
  await replaceEditorText(page, 'body-editor', BODY);
  await page.getByRole('button', { name: 'Create customization' }).click();
  await expect(page.getByRole('status').filter({ hasText: /customization created/ })).toBeVisible();

  // Stored as fr-CA; the API answers it like any other language.
  const stored = await server.api<{ language: string; subject: string }[]>('GET', list);
  expect(stored.data.map((c) => c.language).sort()).toEqual(['en', 'fr-CA']);

  // Compare: the custom locale is a pane of its own, next to the supported languages.
  await page.goto(`/brands/${brandId}/templates/UserActivation/compare?languages=fr-CA,en`);
  const pane = page.getByLabel('Language of pane 1');
  await expect(pane).toHaveValue('fr-CA');
  await expect(pane.locator('optgroup[label="Custom locales"] option[value="fr-CA"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Canadian French preview' })).toContainText(
    'Bienvenue au Québec',
  );
});

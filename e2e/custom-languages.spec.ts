import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { OktaError } from '../src/shared/okta/common';
import type { EmailCustomization } from '../src/shared/okta/email-template';
import { ADMIN_TOKEN, expect, expectAccessible, TemplatePage, test } from './fixtures';

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

  // The catalog lists it with the template's other customizations, named in words on hover.
  await page.goto(paths.templates.getHref(brandId));
  const row = page
    .getByRole('table', { name: 'Email templates' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'User Activation', exact: true }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^2\s*en\s*fr-CA$/);
  await expect(row.getByTitle('Canadian French', { exact: true })).toHaveText('fr-CA');

  // The coverage matrix gives it a column of its own, and its cell opens the customization.
  await page.goto(paths.coverage.getHref(brandId));
  const matrix = page.getByRole('table', { name: 'Coverage' });
  await expect(matrix.getByRole('columnheader', { name: /^Canadian French, 1 customized/ })).toBeVisible();
  const cell = matrix
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'User Activation', exact: true }) })
    .getByRole('link', { name: 'Canadian French: customized', exact: true });
  await expect(cell).toHaveText(/●/);
  const frCa = stored.data.find((c) => c.language === 'fr-CA')!;
  await expect(cell).toHaveAttribute('href', paths.customization.getHref(brandId, TEMPLATE, frCa.id));

  // Compare: the custom locale is a pane of its own, next to the supported languages.
  await page.goto(paths.compare.getHref(brandId, TEMPLATE, ['fr-CA', 'en']));
  const pane = page.getByLabel('Language of pane 1');
  await expect(pane).toHaveValue('fr-CA');
  await expect(pane.locator('optgroup[label="Custom locales"] option[value="fr-CA"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Canadian French preview' })).toContainText(
    'Bienvenue au Québec',
  );
});

test('a malformed locale: the field says what is wrong and takes nothing; the API answers E0000236', async ({
  signedIn: page,
  request,
  server,
  brandId,
}) => {
  // The parser's sentence, the same in the console and in the API's cause (src/shared/language-tag.ts).
  const problem = 'A subtag is empty: check for a leading, trailing or doubled "-".';
  const template = new TemplatePage(page, brandId, 'AccountLockout');
  await template.goto();
  await expect(page.getByRole('heading', { level: 1, name: 'Account Lockout' })).toBeVisible();
  const field = await template.openLocaleField();
  await field.fill('fr-');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: problem })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use' })).toBeDisabled();
  // Enter takes nothing: the field stays open with its message, and no customization is started.
  await field.press('Enter');
  await expect(field).toBeVisible();
  await expect(field).toHaveValue('fr-');
  await expect(page).toHaveURL(paths.template.getHref(brandId, 'AccountLockout'));

  // The API refuses the same tag with Okta's error for it.
  const refused = await request.post(apiPaths.customizations(brandId, 'AccountLockout'), {
    headers: { Authorization: `SSWS ${ADMIN_TOKEN}` },
    data: { language: 'fr-', subject: 'Compte verrouillé', body: '<p>Bonjour</p>' },
  });
  expect(refused.status()).toBe(400);
  const error = (await refused.json()) as OktaError;
  expect(error.errorCode).toBe('E0000236');
  expect(error.errorSummary).toBe("The language doesn't conform to the BCP 47 standard for locales.");
  expect(error.errorCauses).toEqual([
    { errorSummary: `language: "fr-" is not a BCP 47 language tag. ${problem}` },
  ]);
  expect(
    (await server.api<EmailCustomization[]>('GET', apiPaths.customizations(brandId, 'AccountLockout'))).data,
  ).toEqual([]);
});

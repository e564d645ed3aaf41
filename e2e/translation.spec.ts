import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailCustomization } from '../src/shared/okta/email-template';
import { expect, expectAccessible, test, TranslationPage } from './fixtures';

const TEMPLATE = 'ForgotPassword';

const ENGLISH = [
  '<p>Hi ${user.profile.firstName},</p>',
  '<p><a href="${resetPasswordLink}">Reset your password</a></p>',
  '<p>Questions? <a href="https://help.example.com">Visit the help center</a></p>',
].join('\n');
// The French text drops the first name and the help link.
const FRENCH = [
  '<p>Bonjour,</p>',
  '<p><a href="${resetPasswordLink}">Réinitialisez votre mot de passe</a></p>',
  '<p>Des questions ? Écrivez-nous.</p>',
].join('\n');

test('translation view: from the coverage matrix, see what the French text misses, jump to it', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const customizations = apiPaths.customizations(brandId, TEMPLATE);
  const english = await server.api<EmailCustomization>('POST', customizations, {
    language: 'en',
    subject: 'Reset your password',
    body: ENGLISH,
  });
  expect(english.status).toBe(201);
  const french = await server.api('POST', customizations, {
    language: 'fr',
    subject: 'Réinitialisez votre mot de passe',
    body: FRENCH,
  });
  expect(french.status).toBe(201);
  // English changes after French was written: the translation is out of date.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const updated = await server.api('PUT', apiPaths.customization(brandId, TEMPLATE, english.data.id), {
    language: 'en',
    subject: 'Reset your account password',
    body: ENGLISH,
  });
  expect(updated.status).toBe(200);

  await page.goto(paths.coverage.getHref(brandId));
  await page
    .getByRole('group', { name: 'Cells open' })
    .getByRole('button', { name: 'Translation check' })
    .click();
  await expect(page).toHaveURL(/open=translation/);
  const row = page
    .getByRole('table', { name: 'Coverage' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Forgot Password', exact: true }) });
  await row.getByRole('link', { name: 'French: customized', exact: true }).click();

  await expect(page).toHaveURL(/\/templates\/ForgotPassword\/translate\?source=en&target=fr$/);
  const view = new TranslationPage(page);
  await view.ready('Forgot Password');
  await expect(page.getByText('Translation out of date')).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 mismatches' })).toBeVisible();
  await expect(view.mismatch("The translation doesn't use ${user.profile.firstName}.")).toBeVisible();
  await expect(view.mismatch('The translation has no link to https://help.example.com.')).toBeVisible();
  // Both sources, aligned: the French line faces the English one.
  await expect(view.line('source', 2)).toContainText('Reset your password');
  await expect(view.line('target', 2)).toContainText('Réinitialisez votre mot de passe');
  await expectAccessible(page, 'translation view');

  await view.jumpTo('https://help.example.com');
  await expect(view.line('source', 3)).toHaveAttribute('data-highlighted', 'true');
  await expect(view.line('source', 3)).toBeFocused();
  await expect(view.line('source', 3)).toBeInViewport();

  // Another target from the picker: German has no customization, so its stock text is checked.
  await page.getByLabel('Translation language').selectOption('de');
  await expect(page).toHaveURL(/target=de/);
  await expect(page.getByText('Not translated: stock content')).toBeVisible();
  await expect(view.line('target', 1, 'subject')).not.toBeEmpty();

  // The template page offers the view too.
  await page.goto(paths.template.getHref(brandId, TEMPLATE));
  await page.getByRole('link', { name: 'Translate…' }).click();
  await expect(page).toHaveURL(/translate\?source=en$/);
  await view.ready('Forgot Password');
  await expect(page.getByLabel('Translation language')).toHaveValue('fr');
});

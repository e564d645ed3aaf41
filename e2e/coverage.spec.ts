import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailCustomization, EmailDefaultContent } from '../src/shared/okta/email-template';
import { expect, expectAccessible, TemplatePage, test, type MailroomServer } from './fixtures';

const TEMPLATE = 'EmailChallenge';

/** The template's stock content in `language`. */
async function stock(server: MailroomServer, brandId: string, language: string) {
  const url = `${apiPaths.defaultContent(brandId, TEMPLATE)}?language=${language}`;
  return (await server.api<EmailDefaultContent>('GET', url)).data;
}

/** A customization from the template's stock content in `language` (valid by construction). */
async function customize(server: MailroomServer, brandId: string, language: string) {
  const { subject, body } = await stock(server, brandId, language);
  const created = await server.api<EmailCustomization>('POST', apiPaths.customizations(brandId, TEMPLATE), {
    language,
    subject,
    body,
  });
  expect(created.status).toBe(201);
  return created.data;
}

// Both tests of this file start from a stock EmailChallenge on the file's server.
test.afterEach(async ({ server, brandId }) => {
  await server.api('DELETE', apiPaths.customizations(brandId, TEMPLATE));
});

test('coverage matrix: ● ◐ ○ per template and language, filters in the URL, a click opens the editor', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const french = await customize(server, brandId, 'fr'); // the first one: the default
  const german = await customize(server, brandId, 'de');

  await page.goto(paths.coverage.getHref(brandId));
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible();
  await expect(
    page.getByText(
      "Once a template has a customization, users whose language isn't customized get the default customization, not Okta's translation.",
    ),
  ).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Coverage' });
  const row = (name: string) =>
    matrix.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  const seeded = row('Email Challenge');
  const stock = row('User Activation');

  // Customized languages only, until asked: French and German columns, no English one.
  await expect(matrix.getByRole('columnheader', { name: /^French, 1 customized/ })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /^English/ })).toHaveCount(0);
  await expect(seeded.getByRole('link', { name: 'French: customized', exact: true })).toBeVisible();
  await expect(seeded.getByRole('link', { name: 'German: customized', exact: true })).toHaveText(/●/);
  await expect(stock.getByRole('link', { name: 'French: stock content', exact: true })).toHaveText(/○/);
  await expectAccessible(page, 'coverage');

  await page.getByLabel('Show all languages').click();
  await expect(page.getByLabel('Show all languages')).toBeChecked();
  await expect(page).toHaveURL(/all=1/);
  const english = seeded.getByRole('link', {
    name: 'English: falls back to the default customization (fr)',
    exact: true,
  });
  await expect(english).toHaveText(/◐/);
  await expect(stock.getByRole('link', { name: 'English: stock content', exact: true })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /^English, 0 customized/ })).toBeVisible();

  // Filters and search live in the URL and survive a reload.
  await page
    .getByRole('group', { name: 'Filter' })
    .getByRole('button', { name: 'Customized', exact: true })
    .click();
  await expect(page).toHaveURL(/filter=customized/);
  await expect(seeded).toBeVisible();
  await expect(stock).toHaveCount(0);
  await page.getByRole('button', { name: 'Not customized' }).click();
  await expect(seeded).toHaveCount(0);
  await expect(stock).toBeVisible();
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search templates' }).fill('email challenge');
  await expect(page).toHaveURL(/q=email\+challenge/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search templates' })).toHaveValue('email challenge');
  await expect(page.getByLabel('Show all languages')).toBeChecked();
  await expect(seeded).toBeVisible();
  await expect(stock).toHaveCount(0);
  await expectAccessible(page, 'coverage (all languages, searched)');

  // A customized cell opens its customization; a fallback cell starts a new one from the stock content.
  await seeded.getByRole('link', { name: 'German: customized', exact: true }).click();
  await expect(page).toHaveURL(paths.customization.getHref(brandId, TEMPLATE, german.id));
  await page.goBack();
  await english.click();
  await expect(page).toHaveURL(paths.customizationNew.getHref(brandId, TEMPLATE, 'en', 'default'));
  expect(french.isDefault).toBe(true);
});

test('create customizations from stock content for chosen languages in one step', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  await customize(server, brandId, 'fr');

  await new TemplatePage(page, brandId, TEMPLATE).goto();
  await expect(
    page.getByText(/27 languages\s*fall back to the default customization \(French\)/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Create from stock content…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create customizations from stock content' });
  await expect(dialog.getByRole('checkbox')).toHaveCount(27);
  await expectAccessible(page, 'create from stock content');
  await dialog.getByRole('checkbox', { name: /^English/ }).check();
  await dialog.getByRole('checkbox', { name: /^Spanish/ }).check();
  await dialog.getByRole('checkbox', { name: /^Japanese/ }).check();
  await dialog.getByRole('button', { name: 'Create 3 customizations' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Created 3 customizations from stock content' }),
  ).toContainText('English, Japanese, Spanish');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Japanese/ })).toBeVisible();
  await expect(
    page.getByText(/24 languages\s*fall back to the default customization \(French\)/),
  ).toBeVisible();

  const { data } = await server.api<EmailCustomization[]>('GET', apiPaths.customizations(brandId, TEMPLATE));
  expect(data.map((c) => c.language).sort()).toEqual(['en', 'es', 'fr', 'ja']);
  const stockEs = await stock(server, brandId, 'es');
  expect(data.find((c) => c.language === 'es')).toMatchObject({ isDefault: false, subject: stockEs.subject });
  expect(data.find((c) => c.language === 'fr')?.isDefault).toBe(true);
});

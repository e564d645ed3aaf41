import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { Brand } from '../src/shared/okta/brand';
import type { EmailDefaultContent } from '../src/shared/okta/email-template';
import { expect, expectAccessible, test } from './fixtures';

test('browse and search the catalog; filters and sort live in the URL', async ({ signedIn: page }) => {
  await page.goto(paths.home.getHref());
  await expect(page).toHaveURL(/\/brands\/[^/]+\/templates$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Email templates' })).toBeVisible();
  // 39 templates over two API pages (Link: next followed transparently).
  await expect(page.getByText(/^39 templates ·/)).toBeVisible();
  const table = page.getByRole('table', { name: 'Email templates' });
  await expect(table.getByRole('row')).toHaveCount(40);
  await expectAccessible(page, 'catalog');

  // `/` focuses the search box.
  await page.locator('body').press('/');
  await expect(page.getByRole('searchbox', { name: 'Search templates' })).toBeFocused();
  await page.keyboard.type('forgot password');
  await expect(page).toHaveURL(/q=forgot\+password/);
  await expect(table.getByRole('link', { name: 'Forgot Password', exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: 'User Activation', exact: true })).toBeHidden();
  await expect(page.getByText(/^\d+ of 39 templates/)).toBeVisible();

  await page.getByRole('button', { name: 'Customized', exact: true }).click();
  await expect(page).toHaveURL(/filter=customized/);
  await page.getByRole('searchbox', { name: 'Search templates' }).fill('');
  await expect(page.getByRole('heading', { name: 'No template is customized yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Show all templates' }).click();
  await expect(page.getByText(/^39 templates ·/)).toBeVisible();

  await page.getByLabel('Sort').selectOption('name');
  await expect(page).toHaveURL(/sort=name/);
  await expect(table.getByRole('row').nth(1)).toContainText('Account Lockout');

  await table.getByRole('link', { name: 'Forgot Password', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot Password' })).toBeVisible();
});

test('the catalog shows each brand’s customization counts, languages and recipients; the header switches brands', async ({
  signedIn: page,
  server,
  brandId: defaultBrand,
}) => {
  // A second brand.
  const name = 'Acme Retail';
  const { data: brand } = await server.api<Brand>('POST', apiPaths.brands(), { name });
  // French first: the first customization is the default (a later isDefault:true would be E0000182).
  for (const language of ['fr', 'en', 'de']) {
    const { data } = await server.api<EmailDefaultContent>(
      'GET',
      `${apiPaths.defaultContent(brand.id, 'PasswordResetByAdmin')}?language=${language}`,
    );
    const created = await server.api('POST', apiPaths.customizations(brand.id, 'PasswordResetByAdmin'), {
      language,
      subject: data.subject,
      body: data.body,
      isDefault: language === 'fr',
    });
    expect(created.status).toBe(201);
  }
  expect(
    (
      await server.api('PUT', apiPaths.settings(brand.id, 'ForgotPasswordDenied'), {
        recipients: 'ADMINS_ONLY',
      })
    ).status,
  ).toBe(200);

  await page.goto(paths.templates.getHref(brand.id));
  const switcher = page.getByLabel('Brand', { exact: true });
  await expect(switcher.locator('option:checked')).toHaveText(name);
  const table = page.getByRole('table', { name: 'Email templates' });
  const row = (template: string) =>
    table.getByRole('row').filter({ has: page.getByRole('link', { name: template, exact: true }) });

  // Customizations column: the count, then the languages, the default first and marked.
  const customized = row('Password Reset by Admin');
  await expect(customized.getByRole('cell').nth(1)).toHaveText(/^3\s*fr\s*de\s*en$/);
  await expect(customized.getByTitle('French (default)')).toBeVisible();
  await expect(customized.getByTitle('German', { exact: true })).toBeVisible();
  await expect(page.getByText(/^39 templates · 1 customized$/)).toBeVisible();
  // Recipients column: the brand's setting, in words.
  await expect(row('Forgot Password Denied').getByRole('cell').nth(2)).toHaveText('Admins only');
  await expect(row('Forgot Password Denied').getByRole('cell').nth(1)).toHaveText('Stock');
  await expect(customized.getByRole('cell').nth(2)).toHaveText('All users');

  // The header's brand switcher keeps the kind of page and shows the other brand's own state.
  await row('Password Reset by Admin').getByRole('link', { name: 'Password Reset by Admin' }).click();
  await expect(page).toHaveURL(new RegExp(`/brands/${brand.id}/templates/PasswordResetByAdmin$`));
  await expect(page.getByText('Customized · 3')).toBeVisible();
  await switcher.selectOption({ label: 'Mailroom Default (default)' });
  await expect(page).toHaveURL(new RegExp(`/brands/${defaultBrand}/templates/PasswordResetByAdmin$`));
  await expect(page.getByText('Stock', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Templates', exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/brands/${defaultBrand}/templates$`));
  await expect(row('Password Reset by Admin').getByRole('cell').nth(1)).toHaveText('Stock');
  await expect(row('Forgot Password Denied').getByRole('cell').nth(2)).toHaveText('All users');
  await switcher.selectOption({ label: name });
  await expect(page).toHaveURL(new RegExp(`/brands/${brand.id}/templates$`));
  await expect(row('Password Reset by Admin').getByRole('cell').nth(1)).toHaveText(/^3/);
  await expectAccessible(page, 'catalog of a second brand');
});

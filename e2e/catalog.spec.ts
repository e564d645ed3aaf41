import { expect, expectAccessible, test } from './fixtures';

test('browse and search the catalog; filters and sort live in the URL', async ({ signedIn: page }) => {
  await page.goto('/');
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

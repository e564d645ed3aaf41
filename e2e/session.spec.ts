import { paths } from '../src/client/app/paths';
import { ADMIN_TOKEN, expect, expectAccessible, test } from './fixtures';

test('signing in: a bad token is refused, a good one lands where you were going; sign out', async ({
  page,
}) => {
  await page.goto(paths.emailServers.getHref());
  await expect(page).toHaveURL(/\/sign-in\?next=%2Femail-servers$/);
  await expect(page.getByRole('heading', { name: 'Sign in to the console' })).toBeVisible();
  await expectAccessible(page, 'sign-in');

  await page.getByLabel('API token').fill('00NotARealToken');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText("That token wasn't accepted");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel('API token').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SMTP servers' })).toBeVisible();
  await expect(page).toHaveURL(/\/email-servers$/);
  // The token is never kept by the browser.
  const stored = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
  );
  expect(stored).not.toContain(ADMIN_TOKEN);

  await page.getByRole('button', { name: /Ada Admin/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the console' })).toBeVisible();
  await page.goto(paths.mailbox.getHref());
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmailbox/);
});

test('an ended session sends you to sign-in and back', async ({ signedIn: page }) => {
  await page.goto(paths.profile.getHref());
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expectAccessible(page, 'profile');
  await page.context().clearCookies();
  await page.getByRole('link', { name: 'SMTP servers' }).click();
  await expect(page.getByRole('heading', { name: 'Your session has ended' })).toBeVisible();
  await page.getByLabel('API token').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SMTP servers' })).toBeVisible();
});

test('profile: name and language are saved and shown in the header', async ({ signedIn: page }) => {
  await page.goto(paths.profile.getHref());
  await page.getByLabel('First name').fill('Augusta');
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Augusta Admin \(fr\)/ })).toBeVisible();
});

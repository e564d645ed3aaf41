import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailServer } from '../src/shared/okta/email-server';
import type { EmailCustomization, EmailSettingsResponse } from '../src/shared/okta/email-template';
import { expect, TemplatePage, test, type MailroomServer } from './fixtures';

// This file's Mailroom counts 60 /api/v1 calls per token in 20-second windows (aligned to the clock, as Okta's
// minutes are). The console's session counts against the token it signed in with, the one the tests call the API
// with, so the test can use up the window behind the console's back and the console's next call gets a real 429.
const WINDOW_SECONDS = 20;
test.use({ serverEnv: { RATE_LIMIT: '60', RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS) } });
test.describe.configure({ timeout: 90_000 });

/**
 * Calls the API until it answers 429, so the current window has no call left; starts over in the next window when
 * this one ends in less than `atLeastMs` (time for the steps that follow). Returns when the window resets (ms).
 */
async function useUpWindow(server: MailroomServer, atLeastMs = 12_000): Promise<number> {
  for (;;) {
    let answer = await server.api('GET', apiPaths.org());
    while (answer.status !== 429) answer = await server.api('GET', apiPaths.org());
    const resetAt = Number(answer.headers.get('X-Rate-Limit-Reset')) * 1000;
    if (resetAt - Date.now() >= atLeastMs) return resetAt;
    await new Promise((resolve) => setTimeout(resolve, resetAt - Date.now() + 200));
  }
}

/**
 * The seconds a rate-limit message says to wait: the time left until the window resets when the message was made,
 * which was after the click and before the message was seen, rounded up.
 */
function expectWaitUntil(message: string, resetAt: number, clickedAt: number, seenAt: number) {
  const seconds = Number(/Wait (\d+) seconds? for the limit to reset/.exec(message)?.[1]);
  expect(seconds).toBeGreaterThanOrEqual(Math.ceil((resetAt - seenAt) / 1000));
  expect(seconds).toBeLessThanOrEqual(Math.ceil((resetAt - clickedAt) / 1000));
}

const RATE_LIMITED =
  'Your API token made more calls this minute than the org allows (E0000047), so this one was refused and nothing changed.';

test('a 429 on "Save recipients": undone, the wait until the reset in words, and it works once the window resets', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const TEMPLATE = 'ChangeEmailConfirmation';
  await page.goto(paths.template.getHref(brandId, TEMPLATE, 'settings'));
  const group = page.getByRole('group', { name: 'Who receives this email' });
  await expect(group.getByRole('radio', { name: /All users/ })).toBeChecked();
  await group.getByRole('radio', { name: /Admins only/ }).check();

  const resetAt = await useUpWindow(server);
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Save recipients' }).click();
  const toast = page.getByRole('alert').filter({ hasText: "Couldn't set the recipients to Admins only" });
  await expect(toast).toContainText(`Undone: the recipients are All users again. ${RATE_LIMITED}`);
  expectWaitUntil((await toast.textContent())!, resetAt, clickedAt, Date.now());
  // The form says it too, where the button is.
  const inline = page.locator('form').getByRole('alert');
  await expect(inline).toContainText(RATE_LIMITED);
  await expect(inline).toContainText(/Wait \d+ seconds? for the limit to reset, then try again\./);
  expect((await server.api<EmailSettingsResponse>('GET', apiPaths.settings(brandId, TEMPLATE))).status).toBe(
    429,
  );

  // Once the window resets, the same click goes through.
  await new Promise((resolve) => setTimeout(resolve, resetAt - Date.now() + 300));
  await page.getByRole('button', { name: 'Save recipients' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recipients: Admins only' })).toBeVisible();
  const { data } = await server.api<EmailSettingsResponse>('GET', apiPaths.settings(brandId, TEMPLATE));
  expect(data.recipients).toBe('ADMINS_ONLY');
});

test('a 429 on "Make default": the Default badge goes back to where it was and stays, the toast says why', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const TEMPLATE = 'AccountLockout';
  const customizations = apiPaths.customizations(brandId, TEMPLATE);
  for (const [language, subject] of [
    ['de', 'Konto gesperrt'],
    ['fr', 'Compte verrouillé'],
  ]) {
    const answer = await server.api('POST', customizations, { language, subject, body: `<p>${subject}</p>` });
    expect(answer.status).toBe(201);
  }
  const template = new TemplatePage(page, brandId, TEMPLATE);
  await template.goto();
  await expect(template.defaultBadge('German')).toBeVisible();

  const resetAt = await useUpWindow(server);
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Make French the default' }).click();
  const toast = page.getByRole('alert').filter({ hasText: "Couldn't make French the default" });
  await expect(toast).toContainText(`Undone: German is the default again. ${RATE_LIMITED}`);
  expectWaitUntil((await toast.textContent())!, resetAt, clickedAt, Date.now());
  // Both rows are still there (the server refused, it deleted nothing): German has the badge back, French not.
  await expect(template.defaultBadge('German')).toBeVisible();
  await expect(template.defaultBadge('French')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Make French the default' })).toBeEnabled();

  await new Promise((resolve) => setTimeout(resolve, resetAt - Date.now() + 300));
  const { data } = await server.api<EmailCustomization[]>('GET', customizations);
  expect(data.map((c) => [c.language, c.isDefault]).sort()).toEqual([
    ['de', true],
    ['fr', false],
  ]);
});

test('a 429 on "Enable": the SMTP server is shown disabled again, the toast says why', async ({
  signedIn: page,
  server,
}) => {
  const created = await server.api<EmailServer>('POST', apiPaths.emailServers(), {
    alias: 'Relay A',
    host: 'smtp.a.example',
    port: 587,
    username: 'mailer',
    password: 'p',
  });
  expect(created.status).toBe(201);
  await page.goto(paths.emailServers.getHref());
  const row = page.getByRole('row', { name: /Relay A/ });
  await expect(row.getByText('Disabled', { exact: true })).toBeVisible();

  const resetAt = await useUpWindow(server);
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Enable Relay A' }).click();
  const toast = page.getByRole('alert').filter({ hasText: "Couldn't enable 'Relay A'" });
  await expect(toast).toContainText(`Undone: 'Relay A' is disabled again. ${RATE_LIMITED}`);
  expectWaitUntil((await toast.textContent())!, resetAt, clickedAt, Date.now());
  await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enable Relay A' })).toBeVisible();

  await new Promise((resolve) => setTimeout(resolve, resetAt - Date.now() + 300));
  const { data } = await server.api<EmailServer>('GET', apiPaths.emailServer(created.data.id));
  expect(data.enabled).toBe(false);
});

import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import { expect, expectAccessible, TemplatePage, test } from './fixtures';

test('send a test email in French and open it in the mailbox', async ({
  signedIn: page,
  brandId,
  mailbox,
}) => {
  await page.goto(paths.template.getHref(brandId, 'PasswordChanged', 'default', { language: 'fr' }));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTitle('Default content preview (French)')).toBeVisible();
  await expectAccessible(page, 'default content tab');
  await page.getByRole('link', { name: 'Source' }).click();
  await expect(page.getByLabel('Default content source (French)')).toContainText('<html');

  await page.getByRole('button', { name: 'Send test email in French' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Test email sent to admin@mailroom.localhost' });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText('French, delivered via built-in mailbox');
  const received = await mailbox.waitFor({ to: 'admin@mailroom.localhost', subject: /.+/ });

  await toast.getByRole('link', { name: 'Open in mailbox' }).click();
  await expect(page).toHaveURL(new RegExp(`/mailbox/${received.id}`));
  await expect(page.getByRole('heading', { level: 2, name: received.subject })).toBeVisible();
  const frame = page.getByTitle(`Message: ${received.subject}`);
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(page.frameLocator('iframe[title^="Message: "]').locator('body')).toContainText(
    /mot de passe/i,
  );
  await expectAccessible(page, 'mailbox message');

  await page.getByRole('link', { name: 'Headers' }).click();
  await expect(page.getByRole('table', { name: 'Headers' })).toContainText(/x-mailroom-language/i);
  await page.getByRole('link', { name: 'Raw source' }).click();
  await expect(page.getByText(/^Subject: /m).first()).toBeVisible();

  // Search, then delete.
  await page.getByRole('searchbox', { name: 'Search mail' }).fill('no-such-words-anywhere');
  await page.getByRole('searchbox', { name: 'Search mail' }).press('Enter');
  await expect(page.getByRole('heading', { name: /Nothing matches/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search mail' }).fill('');
  await expect(page.getByRole('list', { name: 'Messages' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Delete this message?' })
    .getByRole('button', { name: 'Delete message' })
    .click();
  await expect(page).toHaveURL(/\/mailbox$/);
  await expect(page.getByRole('link', { name: new RegExp(received.subject) })).toHaveCount(0);
});

test('the unread badge follows new mail while the console is open', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  await server.api('DELETE', apiPaths.messages());
  await page.goto(paths.emailServers.getHref());
  await expect(page.getByRole('link', { name: 'Mailbox, no unread mail' })).toBeVisible();
  await server.api('POST', `${apiPaths.templateTest(brandId, 'UserActivation')}?language=en`);
  await expect(page.getByRole('link', { name: 'Mailbox, 1 unread' })).toBeVisible({ timeout: 10_000 });
  await page.goto(paths.mailbox.getHref());
  await expectAccessible(page, 'mailbox list');
});

test('the Checks tab of a received test email lists what would go wrong in an inbox', async ({
  signedIn: page,
  server,
  brandId,
  mailbox,
}) => {
  const subject = `Locked out (checks ${Date.now()})`;
  await server.api('POST', apiPaths.customizations(brandId, 'AccountLockout'), {
    language: 'en',
    subject,
    body: '<p>Hi ${user.profile.firstName}, <a href="http://acme.example/unlock">unlock</a>.</p><img src="https://acme.example/lock.png">',
  });
  try {
    await server.api('POST', `${apiPaths.templateTest(brandId, 'AccountLockout')}?language=en`);
    const received = await mailbox.waitFor({ subject });
    await page.goto(paths.message.getHref(received.id));
    await expect(page.getByRole('heading', { level: 2, name: subject })).toBeVisible();
    await page.getByRole('link', { name: 'Checks, 2 problems' }).click();
    await expect(page).toHaveURL(/view=checks/);
    const findings = page.getByRole('list', { name: 'Mail check findings' }).getByRole('listitem');
    await expect(findings).toHaveText([
      /A link uses http: \(http:\/\/acme\.example\/unlock\)\..*Why it matters.*How to fix itUse https: for every link\./,
      /An image has no alt text\./,
    ]);
    await expectAccessible(page, 'mailbox message checks');
  } finally {
    await server.api('DELETE', apiPaths.customizations(brandId, 'AccountLockout'));
  }
});

test('"Send to…" sends the same test email to another address, checks it first, and remembers it', async ({
  signedIn: page,
  brandId,
  mailbox,
}) => {
  await new TemplatePage(page, brandId, 'AccountLockout').goto();
  await page.getByRole('button', { name: 'Send the test to…' }).click();
  const popover = page.getByRole('dialog', { name: /^Send .* to other addresses$/ });
  const field = popover.getByLabel('Send to');
  await expect(field).toBeFocused();
  await field.fill('grace@, ada@acme.example');
  await popover.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(popover.getByText('"grace@" is not an email address.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'send to popover');
  await field.fill('grace@acme.example, ada@acme.example');
  await popover.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(popover).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Test email sent to grace@acme.example, ada@acme.example' }),
  ).toBeVisible();
  const received = await mailbox.waitFor({ to: 'grace@acme.example' });
  expect(received.to.sort()).toEqual(['ada@acme.example', 'grace@acme.example']);

  // The last addresses come back next time, on any page.
  await page.reload();
  await page.getByRole('button', { name: 'Send the test to…' }).click();
  await expect(page.getByLabel('Send to')).toHaveValue('grace@acme.example, ada@acme.example');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Send to')).toBeHidden();
});

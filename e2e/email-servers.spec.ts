import { startTokenServer } from '../test/support/oauth-token-server';
import { closedPort, startSmtpTestServer } from '../test/support/smtp-test-server';
import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailServer } from '../src/shared/okta/email-server';
import { expect, expectAccessible, test } from './fixtures';

// The tests of this file share its server: each leaves no SMTP server, so the next starts on the built-in mailbox.
test.afterEach(async ({ server }) => {
  const { data } = await server.api<{ 'email-servers': EmailServer[] }>('GET', apiPaths.emailServers());
  for (const s of data['email-servers']) await server.api('DELETE', apiPaths.emailServer(s.id));
});

test('add an SMTP server, test it, edit, enable/disable, delete', async ({ signedIn: page, smtp }) => {
  await page.goto(paths.emailServers.getHref());
  await expect(page.getByRole('heading', { name: 'No SMTP servers yet' })).toBeVisible();
  await expectAccessible(page, 'SMTP servers (empty)');

  await page.getByRole('link', { name: 'Add SMTP server' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add SMTP server' })).toBeVisible();
  await expectAccessible(page, 'add SMTP server');
  // Saving with nothing filled in shows the API's reasons at the fields.
  await page.getByRole('button', { name: 'Add SMTP server' }).click();
  await expect(page.getByLabel('Alias')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Alias').fill('Relay A');
  await page.getByLabel('Host').fill(smtp.host);
  await page.getByLabel('Port').fill(String(smtp.port));
  await page.getByLabel('Username').fill('relay-user');
  await page.getByLabel('Password').fill('wrong-password');
  // Test the settings before saving: a wrong password is reported, and nothing is saved.
  await page.getByRole('button', { name: 'Test these settings' }).click();
  const draft = page.getByRole('dialog', { name: 'Test these settings' });
  await draft.getByLabel('To').fill('ops@example.com');
  await draft.getByRole('button', { name: 'Send test email' }).click();
  await expect(draft).toContainText('The SMTP server rejected the username or password.');
  await page.keyboard.press('Escape');
  await page.getByLabel('Password').fill('relay-pass-123');
  await page.getByRole('button', { name: 'Test these settings' }).click();
  await draft.getByLabel('To').fill('ops@example.com');
  await draft.getByRole('button', { name: 'Send test email' }).click();
  await expect(draft.getByRole('status')).toContainText('The server works.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Add SMTP server' })).toBeVisible();

  await page.getByRole('button', { name: 'Add and test' }).click();

  const dialog = page.getByRole('dialog', { name: 'Test Relay A' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'test dialog');
  await dialog.getByLabel('To').fill('ops@example.com');
  await dialog.getByRole('button', { name: 'Send test email' }).click();
  await expect(dialog.getByRole('status')).toContainText('The server works.');
  expect(smtp.received.at(-1)?.envelopeTo).toEqual(['ops@example.com']);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Edit: new alias; the password is write-only and blank means "keep".
  await page.getByRole('link', { name: 'Edit Relay A' }).click();
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page.getByText('Leave blank to keep the current password.')).toBeVisible();
  await expectAccessible(page, 'edit SMTP server');
  await page.getByLabel('Alias').fill('Relay Prime');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SMTP servers' })).toBeVisible();
  const row = page.getByRole('row', { name: /Relay Prime/ });
  await expect(row).toBeVisible();

  // Enable, then disable.
  await page.getByRole('button', { name: 'Enable Relay Prime' }).click();
  await expect(row.getByText('Enabled', { exact: true })).toBeVisible();
  await expect(page.getByText('Mail goes through Relay Prime')).toBeVisible();
  await page.getByRole('button', { name: 'Disable Relay Prime' }).click();
  await expect(row.getByText('Disabled', { exact: true })).toBeVisible();

  // Delete, with a confirmation naming what is lost.
  await page.getByRole('button', { name: 'Delete Relay Prime' }).click();
  const confirm = page.getByRole('dialog', { name: "Delete 'Relay Prime'?" });
  await expect(confirm).toContainText('stored password');
  await expectAccessible(page, 'delete confirmation');
  await confirm.getByRole('button', { name: 'Delete SMTP server' }).click();
  await expect(page.getByRole('heading', { name: 'No SMTP servers yet' })).toBeVisible();
});

test('failing tests say why: wrong password, nothing listening', async ({ signedIn: page, smtp, server }) => {
  await server.api('POST', apiPaths.emailServers(), {
    alias: 'Wrong password',
    host: smtp.host,
    port: smtp.port,
    username: 'relay-user',
    password: 'not-the-password',
  });
  const port = await closedPort();
  await server.api('POST', apiPaths.emailServers(), {
    alias: 'Nobody home',
    host: '127.0.0.1',
    port,
    username: 'u',
    password: 'p',
  });
  await page.goto(paths.emailServers.getHref());

  await page.getByRole('button', { name: 'Test Wrong password' }).click();
  let dialog = page.getByRole('dialog', { name: 'Test Wrong password' });
  await dialog.getByLabel('To').fill('ops@example.com');
  await dialog.getByRole('button', { name: 'Send test email' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The SMTP server rejected the username or password.');
  await expect(dialog.getByRole('alert')).toContainText('The server said:');
  await expect(dialog.getByRole('link', { name: 'Re-enter the password.' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Test Nobody home' }).click();
  dialog = page.getByRole('dialog', { name: 'Test Nobody home' });
  await dialog.getByLabel('To').fill('ops@example.com');
  await dialog.getByRole('button', { name: 'Send test email' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`Couldn't connect to 127.0.0.1:${port}.`);
  await expect(dialog.getByRole('link', { name: 'Check host and port.' })).toBeVisible();
});

test('only one server can be enabled: the console offers to switch', async ({ signedIn: page, server }) => {
  await server.api('POST', apiPaths.emailServers(), {
    alias: 'Relay A',
    host: 'smtp.a.example',
    port: 587,
    username: 'a',
    password: 'p',
    enabled: true,
  });
  await server.api('POST', apiPaths.emailServers(), {
    alias: 'Relay B',
    host: 'smtp.b.example',
    port: 587,
    username: 'b',
    password: 'p',
  });
  await page.goto(paths.emailServers.getHref());
  await page.getByRole('button', { name: 'Enable Relay B' }).click();
  const dialog = page.getByRole('dialog', { name: 'Only one SMTP server can be enabled' });
  await expect(dialog).toContainText("'Relay A' is enabled now.");
  await expectAccessible(page, 'enable conflict');
  await dialog.getByRole('button', { name: "Disable 'Relay A' and enable this one" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('row', { name: /Relay B/ }).getByText('Enabled', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /Relay A/ }).getByText('Disabled', { exact: true }),
  ).toBeVisible();
});

test('an OAuth 2.0 server: the form asks for its fields, tests it, and keeps the secret write-only', async ({
  signedIn: page,
}) => {
  const tokens = await startTokenServer({
    clientId: 'console-client',
    clientSecret: 'cc-secret-1',
    scopes: ['send'],
  });
  const smtp = await startSmtpTestServer({
    xoauth2: (user, token) => user === 'mailer@example.com' && tokens.valid(token),
  });
  try {
    await page.goto(paths.emailServerNew.getHref());
    await page.getByLabel('Alias').fill('OAuth relay');
    await page.getByLabel('Host').fill(smtp.host);
    await page.getByLabel('Port').fill(String(smtp.port));
    await page.getByLabel('Authentication method').selectOption({ label: 'OAuth 2.0 client credentials' });
    await expect(page.getByLabel('Password')).toHaveCount(0);
    // Saving without the OAuth fields shows the API's reason at each one.
    await page.getByRole('button', { name: 'Add SMTP server' }).click();
    for (const label of ['Username', 'Token endpoint', 'Client ID', 'Client secret', 'Scopes'])
      await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('At least one scope is required.')).toBeVisible();
    await expectAccessible(page, 'add OAuth SMTP server');

    await page.getByLabel('Username').fill('mailer@example.com');
    await page.getByLabel('Token endpoint').fill(tokens.url);
    await page.getByLabel('Client ID').fill('console-client');
    await page.getByLabel('Scopes').fill('send');
    await page.getByRole('button', { name: 'Test these settings' }).click();
    const draft = page.getByRole('dialog', { name: 'Test these settings' });
    await draft.getByLabel('To').fill('ops@example.com');
    await draft.getByRole('button', { name: 'Send test email' }).click();
    await expect(draft.getByRole('alert')).toContainText('clientSecret: The field is required.');
    await page.keyboard.press('Escape');
    await page.getByLabel('Client secret').fill('wrong-secret');
    await page.getByRole('button', { name: 'Test these settings' }).click();
    await draft.getByLabel('To').fill('ops@example.com');
    await draft.getByRole('button', { name: 'Send test email' }).click();
    await expect(draft.getByRole('alert')).toContainText("Couldn't get an OAuth 2.0 access token");
    await expect(draft.getByRole('alert')).toContainText('invalid_client');
    await page.keyboard.press('Escape');
    await page.getByLabel('Client secret').fill('cc-secret-1');
    await page.getByRole('button', { name: 'Add and test' }).click();
    const dialog = page.getByRole('dialog', { name: 'Test OAuth relay' });
    await dialog.getByLabel('To').fill('ops@example.com');
    await dialog.getByRole('button', { name: 'Send test email' }).click();
    await expect(dialog.getByRole('status')).toContainText('The server works.');
    expect(smtp.received.at(-1)?.envelopeTo).toEqual(['ops@example.com']);
    await page.keyboard.press('Escape');

    // Edit: the type and settings come back, the secret does not; blank keeps it, and the server still works.
    await page.getByRole('link', { name: 'Edit OAuth relay' }).click();
    await expect(page.getByLabel('Authentication method')).toHaveValue('OAUTH2_CLIENT_CREDENTIALS');
    await expect(page.getByLabel('Token endpoint')).toHaveValue(tokens.url);
    await expect(page.getByLabel('Client secret')).toHaveValue('');
    await expect(page.getByText('Leave blank to keep the current client secret.')).toBeVisible();
    await expectAccessible(page, 'edit OAuth SMTP server');
    await page.getByLabel('Alias').fill('OAuth relay 2');
    await page.getByRole('button', { name: 'Save and test' }).click();
    const again = page.getByRole('dialog', { name: 'Test OAuth relay 2' });
    await again.getByLabel('To').fill('ops@example.com');
    await again.getByRole('button', { name: 'Send test email' }).click();
    await expect(again.getByRole('status')).toContainText('The server works.');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Enabling an OAuth server from the list (a PATCH that must name authType).
    await page.getByRole('button', { name: 'Enable OAuth relay 2' }).click();
    await expect(
      page.getByRole('row', { name: /OAuth relay 2/ }).getByText('Enabled', { exact: true }),
    ).toBeVisible();
  } finally {
    await smtp.close();
    await tokens.close();
  }
});

test.describe('at the org’s limit of SMTP servers', () => {
  // This describe's Mailroom allows one SMTP server (Okta's limit is the org's; E0000225 past it).
  test.use({ serverEnv: { MAX_EMAIL_SERVERS: '1' } });

  test('adding one more is refused with E0000225, in words: the limit and what to do', async ({
    signedIn: page,
    server,
  }) => {
    expect(
      (
        await server.api('POST', apiPaths.emailServers(), {
          alias: 'Relay A',
          host: 'smtp.a.example',
          port: 587,
          username: 'a',
          password: 'p',
        })
      ).status,
    ).toBe(201);
    await page.goto(paths.emailServerNew.getHref());
    await page.getByLabel('Alias').fill('Relay B');
    await page.getByLabel('Host').fill('smtp.b.example');
    await page.getByLabel('Port').fill('587');
    await page.getByLabel('Username').fill('b');
    await page.getByLabel('Password').fill('p');
    await page.getByRole('button', { name: 'Add SMTP server' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'This org already has the most SMTP servers it may have (1). Delete one you no longer use from the SMTP servers list, then add this one again.',
    );
    await expectAccessible(page, 'SMTP server limit reached');
    // Nothing was added, and the form keeps what was typed.
    await expect(page.getByRole('heading', { level: 1, name: 'Add SMTP server' })).toBeVisible();
    await expect(page.getByLabel('Alias')).toHaveValue('Relay B');
    const { data } = await server.api<{ 'email-servers': EmailServer[] }>('GET', apiPaths.emailServers());
    expect(data['email-servers'].map((s) => s.alias)).toEqual(['Relay A']);
  });
});

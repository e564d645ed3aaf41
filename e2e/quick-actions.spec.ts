import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailServer } from '../src/shared/okta/email-server';
import type { EmailCustomization } from '../src/shared/okta/email-template';
import { expect, TemplatePage, test } from './fixtures';

// Quick actions change the page at once (src/client/lib/optimistic.ts); when the server refuses, the console puts
// things back as the server has them and a toast says what was undone and why. Here the refusal is real: what the
// console shows was deleted through the API behind its back.

test('Enable on an SMTP server deleted behind the console’s back: undone, and the toast says why', async ({
  signedIn: page,
  server,
}) => {
  const created: EmailServer[] = [];
  for (const alias of ['Relay A', 'Relay B']) {
    const answer = await server.api<EmailServer>('POST', apiPaths.emailServers(), {
      alias,
      host: `smtp.${alias.slice(-1).toLowerCase()}.example`,
      port: 587,
      username: 'mailer',
      password: 'p',
    });
    expect(answer.status).toBe(201);
    created.push(answer.data);
  }
  await page.goto(paths.emailServers.getHref());
  const relayA = page.getByRole('row', { name: /Relay A/ });
  await expect(relayA.getByText('Disabled', { exact: true })).toBeVisible();

  expect((await server.api('DELETE', apiPaths.emailServer(created[0].id))).status).toBe(204);
  await page.getByRole('button', { name: 'Enable Relay A' }).click();
  const toast = page.getByRole('alert').filter({ hasText: "Couldn't enable 'Relay A'" });
  await expect(toast).toContainText("Undone: 'Relay A' is disabled again. Not found: EmailServer");
  // The list is read again: the server's word wins, so Relay A is gone and nothing was enabled.
  await expect(relayA).toHaveCount(0);
  await expect(
    page.getByRole('row', { name: /Relay B/ }).getByText('Disabled', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('No server is enabled: mail goes to the built-in mailbox.')).toBeVisible();
  const { data } = await server.api<{ 'email-servers': EmailServer[] }>('GET', apiPaths.emailServers());
  expect(data['email-servers'].map((s) => [s.alias, s.enabled])).toEqual([['Relay B', false]]);
});

test('"Make default" on a customization deleted behind the console’s back: the default stays, the toast says why', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const TEMPLATE = 'AccountLockout';
  const customizations = apiPaths.customizations(brandId, TEMPLATE);
  // German first, so German is the default.
  const created: EmailCustomization[] = [];
  for (const [language, subject] of [
    ['de', 'Konto gesperrt'],
    ['fr', 'Compte verrouillé'],
  ]) {
    const answer = await server.api<EmailCustomization>('POST', customizations, {
      language,
      subject,
      body: `<p>${subject}</p>`,
    });
    expect(answer.status).toBe(201);
    created.push(answer.data);
  }
  const french = created[1];
  expect(french.isDefault).toBe(false);
  const template = new TemplatePage(page, brandId, TEMPLATE);
  await template.goto();
  await expect(template.defaultBadge('German')).toBeVisible();

  expect((await server.api('DELETE', apiPaths.customization(brandId, TEMPLATE, french.id))).status).toBe(204);
  await page.getByRole('button', { name: 'Make French the default' }).click();
  const toast = page.getByRole('alert').filter({ hasText: "Couldn't make French the default" });
  await expect(toast).toContainText('Undone: German is the default again. Not found: EmailCustomization');
  await expect(template.row('French')).toHaveCount(0);
  await expect(template.defaultBadge('German')).toBeVisible();
  const { data } = await server.api<EmailCustomization[]>('GET', customizations);
  expect(data.map((c) => [c.language, c.isDefault])).toEqual([['de', true]]);
});

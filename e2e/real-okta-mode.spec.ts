import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { Brand } from '../src/shared/okta/brand';
import type { EmailServer } from '../src/shared/okta/email-server';
import type { EmailCustomization } from '../src/shared/okta/email-template';
import { EditorPage, expect, startMailroom, test } from './fixtures';

const ORG_TOKEN = '00OrgSideE2eToken000000000000000000000000000';
const CONSOLE_TOKEN = '00ConsoleSideE2eToken00000000000000000000000';

/**
 * Real Okta mode with the console unchanged: one Mailroom (what the admin opens) forwards to a second Mailroom
 * acting as the Okta org, adding the org's token itself.
 */
test('the console manages the org through the server, which holds the org token', async ({ page }) => {
  const org = await startMailroom({ ADMIN_TOKEN: ORG_TOKEN });
  const front = await startMailroom({
    ADMIN_TOKEN: CONSOLE_TOKEN,
    OKTA_ORG_URL: org.url,
    OKTA_API_TOKEN: ORG_TOKEN,
  });
  try {
    await page.goto(`${front.url}${paths.signIn.getHref()}`);
    await page.getByLabel(/token/i).fill(CONSOLE_TOKEN);
    await page.getByRole('button', { name: /sign in/i }).click();
    await expect(page.getByRole('heading', { name: 'Email templates' })).toBeVisible();

    // An SMTP server added in the console lands in the org, not in the front server's own store.
    await page.getByRole('link', { name: 'SMTP servers' }).click();
    await page
      .getByRole('link', { name: /add smtp server/i })
      .first()
      .click();
    await page.getByLabel('Alias').fill('Org relay');
    await page.getByLabel('Host').fill('smtp.org.example');
    await page.getByLabel('Port').fill('587');
    await page.getByLabel('Username').fill('org-mailer');
    await page.getByLabel(/^Password/).fill('org-relay-secret');
    await page.getByRole('button', { name: /^(add|save)( smtp server)?$/i }).click();
    await expect(page.getByRole('row', { name: /Org relay/ })).toBeVisible();

    const onOrg = await org.api<{ 'email-servers': EmailServer[] }>('GET', apiPaths.emailServers());
    expect(onOrg.data['email-servers'].map((s) => s.alias)).toEqual(['Org relay']);
    const onFront = await front.api<{ 'email-servers': EmailServer[] }>('GET', apiPaths.emailServers());
    // The front server's own API forwards too: it answers with the org's list.
    expect(onFront.data['email-servers'].map((s) => s.alias)).toEqual(['Org relay']);

    // Version history: the org keeps none, so Mailroom has only what was saved through it.
    const brandId = (await org.api<Brand[]>('GET', apiPaths.brands())).data[0].id;
    const elsewhere = await org.api<EmailCustomization>(
      'POST',
      apiPaths.customizations(brandId, 'PasswordResetByAdmin'),
      { language: 'en', subject: 'Saved in the org directly', body: '<p>Reset by an admin.</p>' },
    );
    const editor = await EditorPage.open(
      page,
      `${front.url}${paths.customization.getHref(brandId, 'PasswordResetByAdmin', elsewhere.data.id)}`,
    );
    const versions = await editor.openHistory();
    await expect(
      page.getByText(/saves made in the Okta Admin Console or by other tools are not recorded here/),
    ).toBeVisible();
    await editor.replace('body', '<p>Reset by an admin, saved through Mailroom.</p>');
    await editor.save();
    await expect(versions).toHaveText([/^Version 1LatestDefaultby /]);

    // The profile page says where the console is connected; the org token is nowhere in the browser.
    await page.goto(`${front.url}${paths.profile.getHref()}`);
    await expect(page.getByText(`Real Okta mode: managing the org ${org.url}`)).toBeVisible();
    const html = await page.content();
    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
    );
    expect(html + storage).not.toContain(ORG_TOKEN);

    // "Send to…" can't work here (Okta sends test emails to the caller only): the field is disabled and says why.
    // (The front answers with the org's brands: the same default brand as above.)
    await page.goto(`${front.url}${paths.template.getHref(brandId, 'ForgotPassword')}`);
    await page.getByRole('button', { name: 'Send the test to…' }).click();
    const sendTo = page.getByRole('dialog', { name: /^Send .* to other addresses$/ });
    await expect(sendTo.getByLabel('Send to')).toBeDisabled();
    await expect(sendTo).toContainText('Okta sends test emails only to you');
    await expect(sendTo.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
  } finally {
    await front.stop();
    await org.stop();
  }
});

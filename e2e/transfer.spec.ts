import fs from 'node:fs';
import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailCustomization, EmailSettingsResponse } from '../src/shared/okta/email-template';
import { defaultBrandId, expect, expectAccessible, startMailroom, test } from './fixtures';

const SECOND_TOKEN = '00SecondTransferE2eToken000000000000000000000';
const RESET = (words: string) =>
  `<p>${words} <a href="\${resetPasswordLink}">\${resetPasswordLink}</a></p>\n<p>\${org.name}</p>\n`;

test('export a bundle from one Mailroom and import it into another through the Transfer page', async ({
  signedIn: page,
  server,
  brandId,
  browser,
}) => {
  // The first Mailroom (this file's): French is the default of Forgot Password, Account Lockout goes to admins.
  const forgot = apiPaths.customizations(brandId, 'ForgotPassword');
  await server.api('POST', forgot, {
    language: 'en',
    subject: 'Reset your password',
    body: RESET('Reset it here:'),
  });
  const { data: french } = await server.api<EmailCustomization>('POST', forgot, {
    language: 'fr',
    subject: 'Réinitialisez votre mot de passe',
    body: RESET('Réinitialisez-le ici :'),
  });
  await server.api('PUT', apiPaths.customization(brandId, 'ForgotPassword', french.id), {
    language: 'fr',
    subject: 'Réinitialisez votre mot de passe',
    body: RESET('Réinitialisez-le ici :'),
    isDefault: true,
  });
  await server.api('PUT', apiPaths.settings(brandId, 'AccountLockout'), { recipients: 'ADMINS_ONLY' });

  // Export through the page: the download is the bundle.
  await page.goto(paths.transfer.getHref(brandId));
  await expect(page.getByRole('heading', { name: 'Transfer', level: 1 })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download bundle' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mailroom-mailroom-default.json');
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(bundle.templates.map((t: { name: string }) => t.name)).toEqual(['AccountLockout', 'ForgotPassword']);
  await expect(
    page.getByText('Downloaded mailroom-mailroom-default.json: 2 customizations of 2 templates.'),
  ).toBeVisible();

  // Import through the page of a second Mailroom.
  const second = await startMailroom({ ADMIN_TOKEN: SECOND_TOKEN });
  const context = await browser.newContext({ baseURL: second.url });
  try {
    const other = await context.newPage();
    expect((await other.request.post(apiPaths.session(), { data: { token: SECOND_TOKEN } })).status()).toBe(
      201,
    );
    const secondBrand = await defaultBrandId(second);
    await other.goto(paths.transfer.getHref(secondBrand));
    await other.getByLabel('Upload a bundle file').setInputFiles(file);

    const plan = other.getByRole('region', { name: 'Plan' });
    await expect(plan.getByRole('list', { name: 'Plan counts' })).toHaveText(
      /\+2 to create\s*~1 to replace\s*−0 to delete\s*=0 unchanged/,
    );
    const forgot = plan.getByRole('region', { name: 'Forgot Password' });
    await expect(forgot.getByTestId('plan-row')).toHaveCount(2);
    await expect(plan.getByRole('region', { name: 'Account Lockout' })).toContainText(
      'All users → Admins only',
    );

    // A change opens to a Monaco diff of its subject and body.
    await forgot.getByRole('button', { name: /Create ForgotPassword French: show the changes/ }).click();
    await expect(forgot.getByTestId('diff-body').locator('.monaco-diff-editor')).toBeVisible({
      timeout: 20_000,
    });
    // Monaco fills the diff after it mounts: slower on a loaded machine.
    await expect(forgot.getByTestId('diff-body')).toContainText('Réinitialisez-le ici', {
      timeout: 20_000,
    });
    await expectAccessible(other, 'transfer plan');

    await plan.getByRole('button', { name: 'Apply 3 changes' }).click();
    const dialog = other.getByRole('dialog', { name: 'Apply 3 changes to Mailroom Default?' });
    await expect(dialog).toContainText('Creates 2: ForgotPassword en, ForgotPassword fr.');
    await dialog.getByRole('button', { name: 'Apply 3 changes' }).click();
    await expect(plan.getByRole('status').filter({ hasText: 'Applied 3 changes' })).toBeVisible();
    // The plan is read again: the brand now matches the bundle.
    await expect(plan.getByRole('heading', { name: 'Nothing to change' })).toBeVisible();

    // The second Mailroom's API has what the first one had.
    const { data: customizations } = await second.api<EmailCustomization[]>(
      'GET',
      apiPaths.customizations(secondBrand, 'ForgotPassword'),
    );
    expect(customizations.map((c) => `${c.language}${c.isDefault ? '*' : ''} ${c.subject}`).sort()).toEqual([
      'en Reset your password',
      'fr* Réinitialisez votre mot de passe',
    ]);
    const { data: settings } = await second.api<EmailSettingsResponse>(
      'GET',
      apiPaths.settings(secondBrand, 'AccountLockout'),
    );
    expect(settings.recipients).toBe('ADMINS_ONLY');

    // The rest of the console sees the import (template queries were refreshed).
    await other.getByRole('link', { name: 'Templates' }).click();
    const row = other
      .getByRole('row')
      .filter({ has: other.getByRole('link', { name: 'Forgot Password', exact: true }) });
    await expect(row).toContainText('fr');
  } finally {
    await context.close();
    await second.stop();
  }
});

test('a bad bundle lists its problems by entry, and no plan is offered', async ({
  signedIn: page,
  brandId,
}) => {
  await page.goto(paths.transfer.getHref(brandId));
  await page.getByLabel("…or paste the bundle's JSON").fill(
    JSON.stringify({
      format: 'mailroom-bundle',
      version: 1,
      templates: [
        {
          name: 'ForgotPassword',
          customizations: [{ language: 'en', isDefault: true, subject: 'Hi', body: 'no link' }],
        },
        { name: 'Nope', customizations: [] },
      ],
    }),
  );
  const problems = page.getByRole('list', { name: 'Problems in the bundle' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'templates[0].customizations[0] (ForgotPassword, en) body: The body must reference one of ${resetPasswordLink}, ${oneTimePassword}.',
    'templates[1] (Nope) "Nope" is not one of Okta\'s email templates.',
  ]);
  await expect(page.getByRole('region', { name: 'Plan' })).toHaveCount(0);
  await page.getByLabel("…or paste the bundle's JSON").fill('{"format": "mailroom-bundle", ');
  await expect(page.getByRole('alert')).toContainText('This is not JSON');
});

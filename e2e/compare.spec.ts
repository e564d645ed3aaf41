import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailCustomization } from '../src/shared/okta/email-template';
import { expect, expectAccessible, TemplatePage, test } from './fixtures';

const TEMPLATE = 'AccountLockout';

test('side by side: source labels follow the API chain, width and languages live in the URL, send a test from a pane', async ({
  signedIn: page,
  server,
  brandId,
  mailbox,
}) => {
  const customizations = apiPaths.customizations(brandId, TEMPLATE);

  // From the template page: no customization yet, so English, French and German are compared, all stock.
  await new TemplatePage(page, brandId, TEMPLATE).goto();
  await page.getByRole('link', { name: 'Compare languages' }).click();
  await expect(page).toHaveURL(/\/compare\?languages=en%2Cfr%2Cde$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Compare languages: Account Lockout' }),
  ).toBeVisible();
  for (const name of ['English', 'French', 'German']) {
    await expect(
      page.getByRole('region', { name: `${name} preview` }).getByText('Source: Stock', { exact: true }),
    ).toBeVisible();
  }
  await expect(page.frameLocator('[title="Preview (German)"]').locator('body')).not.toBeEmpty();

  // A French customization (the first one, so the default) and an English one; German stays uncustomized.
  const fr = await server.api<EmailCustomization>('POST', customizations, {
    language: 'fr',
    subject: 'Compte verrouillé chez ${org.name}',
    body: '<p>Bonjour ${user.profile.firstName}, votre compte ${org.name} est verrouillé.</p>',
  });
  expect(fr.status).toBe(201);
  const en = await server.api<EmailCustomization>('POST', customizations, {
    language: 'en',
    subject: 'Your ${org.name} account is locked',
    body: '<p>Hello ${user.profile.firstName}, your account is locked.</p>',
  });
  expect(en.status).toBe(201);
  await page.reload();

  const english = page.getByRole('region', { name: 'English preview' });
  const french = page.getByRole('region', { name: 'French preview' });
  const german = page.getByRole('region', { name: 'German preview' });
  await expect(english.getByText('Source: Customized', { exact: true })).toBeVisible();
  await expect(french.getByText('Source: Customized', { exact: true })).toBeVisible();
  await expect(german.getByText('Source: Default customization (fr)', { exact: true })).toBeVisible();
  // Rendered in the browser: the German pane shows the French default, with the sample data filled in.
  await expect(german).toContainText(/Subject: Compte verrouillé chez \S/);
  await expect(german).not.toContainText('${org.name}');
  await expect(page.frameLocator('[title="Preview (German)"]').locator('body')).toContainText(
    'est verrouillé',
  );
  await expect(page.getByTitle('Preview (German)')).toHaveAttribute('sandbox', '');
  await expect(french.getByRole('link', { name: 'Edit the French customization' })).toHaveAttribute(
    'href',
    paths.customization.getHref(brandId, TEMPLATE, fr.data.id),
  );
  await expect(german.getByRole('link', { name: 'Customize in German' })).toHaveAttribute(
    'href',
    paths.customizationNew.getHref(brandId, TEMPLATE, 'de', 'default'),
  );
  await expectAccessible(page, 'compare');

  // Each pane checks what it rendered: the German pane shows the French default, which has no problems.
  await german.getByRole('tab', { name: 'Checks, no problems' }).click();
  await expect(german.getByRole('heading', { name: 'No problems found' })).toBeVisible();
  await expectAccessible(page, 'compare checks');
  await german.getByRole('tab', { name: 'Preview' }).click();

  // One width for every pane; the iframe really has it.
  const widths = page.getByRole('group', { name: 'Preview width' });
  await widths.getByRole('button', { name: /Mobile/ }).click();
  await expect(page).toHaveURL(/width=375/);
  for (const name of ['English', 'French', 'German'])
    expect((await page.getByTitle(`Preview (${name})`).boundingBox())?.width).toBe(375);
  await widths.getByRole('button', { name: /Tablet/ }).click();
  await expect(page).toHaveURL(/width=768/);
  expect((await page.getByTitle('Preview (French)').boundingBox())?.width).toBe(768);

  // Swap German for Spanish, add a fourth pane: the URL follows, and a reload keeps it all.
  await german.getByLabel('Language of pane 3').selectOption('es');
  const spanish = page.getByRole('region', { name: 'Spanish preview' });
  await expect(spanish.getByText('Source: Default customization (fr)', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add language' }).click();
  await expect(page.getByRole('region', { name: /preview$/ })).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Add language' })).toBeDisabled();
  await expect(page).toHaveURL(/languages=en%2Cfr%2Ces%2Cde&width=768$/);
  await page.reload();
  await expect(page.getByRole('region', { name: /preview$/ })).toHaveCount(4);
  await expect(widths.getByRole('button', { name: /Tablet/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Language of pane 3')).toHaveValue('es');
  await page.getByRole('button', { name: 'Remove the Spanish pane' }).click();
  await expect(page).toHaveURL(/languages=en%2Cfr%2Cde&width=768$/);
  await widths.getByRole('button', { name: /Desktop/ }).click();
  await expect(page).not.toHaveURL(/width=/);
  const paneWidth = (await german.getByRole('group', { name: /German email/ }).boundingBox())!.width;
  const frameWidth = (await page.getByTitle('Preview (German)').boundingBox())!.width;
  expect(frameWidth).toBeGreaterThan(paneWidth - 24);
  expect(frameWidth).toBeLessThan(paneWidth);

  // Send the German email from its pane: it is the French default customization that arrives.
  const subject = (await german.getByText(/^Compte verrouillé chez /).textContent())!.trim();
  await german.getByRole('button', { name: 'Send test email in German' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Test email sent to' });
  await expect(toast).toContainText('German, delivered via built-in mailbox');
  const received = await mailbox.waitFor({ subject });
  await toast.getByRole('link', { name: 'Open in mailbox' }).click();
  await expect(page).toHaveURL(new RegExp(`/mailbox/${received.id}`));
  // The mailbox's own frame (the compare panes' frames may still be leaving the page).
  await expect(page.frameLocator(`iframe[title="Message: ${subject}"]`).locator('body')).toContainText(
    'est verrouillé',
  );
});

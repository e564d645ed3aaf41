import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { Brand } from '../src/shared/okta/brand';
import type {
  EmailCustomization,
  EmailDefaultContent,
  EmailSettingsResponse,
} from '../src/shared/okta/email-template';
import { EditorPage, expect, expectAccessible, TemplatePage, test } from './fixtures';

test('customize in German and French, make French the default, refuse its deletion, reset', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const template = new TemplatePage(page, brandId, 'UserActivation');
  await template.goto();
  await expect(page.getByRole('heading', { level: 1, name: 'User Activation' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not customized' })).toBeVisible();
  await expectAccessible(page, 'template page (stock)');

  // German first: the first customization becomes the default.
  await template.languageToAdd.selectOption('de');
  await page.getByRole('button', { name: 'Add language' }).click();
  // The first customization becomes everyone's: the console says so before starting.
  const first = page.getByRole('dialog', { name: 'Customize in German?' });
  await expect(first).toContainText("instead of Okta's translation");
  await first.getByRole('button', { name: 'Continue in German' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customize User Activation' })).toBeVisible();
  const german = new EditorPage(page);
  await german.ready();
  // Started from Okta's German content.
  await expect(german.subject).toContainText(/\S/);
  await expectAccessible(page, 'new customization');
  await page.getByRole('button', { name: 'Create customization' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'German customization created' })).toBeVisible();
  // The editor stays open on the saved customization; back to the template.
  await expect(page.getByRole('heading', { level: 1, name: 'User Activation: German' })).toBeVisible();
  await template.backFromEditor('User Activation');
  await expect(template.defaultBadge('German')).toBeVisible();

  // French: only unused languages are offered.
  await expect(template.languageToAdd.locator('option[value="de"]')).toHaveCount(0);
  const french = await template.addLanguage('fr');
  await french.replace('subject', 'Bienvenue chez ${org.name}');
  await expect(french.previewSubject).toHaveText(/^Bienvenue chez \S/);
  await page.getByRole('button', { name: 'Create customization' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'French customization created' })).toBeVisible();
  await template.backFromEditor('User Activation');
  await expect(template.row('French')).toContainText('Bienvenue chez ${org.name}');
  await expect(template.defaultBadge('French')).toBeHidden();
  await expectAccessible(page, 'template page (customized)');

  // Preview goes through the server's renderer into a sandboxed frame.
  await page.getByRole('button', { name: 'Preview French' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview: French' });
  await expect(preview).toContainText('Bienvenue chez');
  await expect(preview.locator('iframe')).toHaveAttribute('sandbox', '');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  await page.getByRole('button', { name: 'Make French the default' }).click();
  await expect(template.defaultBadge('French')).toBeVisible();
  await expect(template.defaultBadge('German')).toBeHidden();

  // The default can't be deleted: the console says why and what to do instead.
  await page.getByRole('button', { name: 'Delete French' }).click();
  const refused = page.getByRole('dialog', { name: "The French customization can't be deleted" });
  await expect(refused).toContainText("The default customization can't be deleted while it's the default.");
  await expect(refused.getByLabel('New default')).toHaveValue(/oel/);
  await expectAccessible(page, 'refused delete');
  // In place: pick another default, and the old one is deleted right after it moved.
  await refused.getByLabel('New default').selectOption({ label: 'German (de)' });
  await refused.getByRole('button', { name: 'Make German the default and delete French' }).click();
  await expect(refused).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'French customization deleted' })).toContainText(
    'German is the default now.',
  );
  await expect(template.row('French')).toBeHidden();
  await expect(template.defaultBadge('German')).toBeVisible();

  // The last one can't move its default anywhere: the dialog offers the reset instead.
  await page.getByRole('button', { name: 'Delete German' }).click();
  const last = page.getByRole('dialog', { name: "The German customization can't be deleted" });
  await expect(last).toContainText('It is the only customization.');
  await last.getByRole('button', { name: 'Reset the whole template' }).click();

  const reset = page.getByRole('dialog', { name: 'Reset User Activation to default?' });
  await expect(reset.getByRole('listitem')).toHaveText(['German (default)']);
  await reset.getByRole('button', { name: 'Delete 1 customization' }).click();
  await expect(page.getByRole('heading', { name: 'Not customized' })).toBeVisible();
  const { data } = await server.api<EmailCustomization[]>(
    'GET',
    apiPaths.customizations(brandId, 'UserActivation'),
  );
  expect(data).toEqual([]);
});

test('change who receives a template: only its allowed values are offered', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  await page.goto(paths.template.getHref(brandId, 'ChangeEmailConfirmation', 'settings'));
  const group = page.getByRole('group', { name: 'Who receives this email' });
  await expect(group.getByRole('radio')).toHaveCount(2);
  await expect(group.getByRole('radio', { name: /Nobody/ })).toHaveCount(0);
  await expect(group.getByRole('radio', { name: /All users/ })).toBeChecked();
  await expectAccessible(page, 'settings tab');
  await group.getByRole('radio', { name: /Admins only/ }).check();
  await page.getByRole('button', { name: 'Save recipients' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recipients: Admins only' })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Who receives this email' }).getByRole('radio', { name: /Admins only/ }),
  ).toBeChecked();
  const { data } = await server.api<EmailSettingsResponse>(
    'GET',
    apiPaths.settings(brandId, 'ChangeEmailConfirmation'),
  );
  expect(data.recipients).toBe('ADMINS_ONLY');
});

test('"Language to add" lists languages by name and picks the admin\'s language, else the brand\'s', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const TEMPLATE = 'PasswordChanged';
  const customize = async (language: string) => {
    const url = `${apiPaths.defaultContent(brandId, TEMPLATE)}?language=${language}`;
    const { subject, body } = (await server.api<EmailDefaultContent>('GET', url)).data;
    const created = await server.api('POST', apiPaths.customizations(brandId, TEMPLATE), {
      language,
      subject,
      body,
    });
    expect(created.status).toBe(201);
  };
  // The admin reads German (Okta writes a user's locale as de_DE); the brand's locale is English.
  expect((await server.api('POST', apiPaths.me(), { profile: { locale: 'de_DE' } })).status).toBe(200);
  expect((await server.api<Brand>('GET', apiPaths.brand(brandId))).data.locale).toBe('en');

  const template = new TemplatePage(page, brandId, TEMPLATE);
  await template.goto();
  await expect(page.getByRole('heading', { name: 'Not customized' })).toBeVisible();
  await expect(template.languageToAdd).toHaveValue('de');
  // By name, as a person looks for a language (Dutch before English, Spanish after Russian: not tag order).
  const labels = await template.languageToAdd.locator('option').allTextContents();
  expect(labels).toHaveLength(28);
  expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  expect(labels.slice(0, 6)).toEqual([
    'Chinese (Simplified) (zh-CN)',
    'Chinese (Traditional) (zh-TW)',
    'Czech (cs)',
    'Danish (da)',
    'Dutch (nl-NL)',
    'English (en)',
  ]);
  expect(labels.indexOf('Spanish (es)')).toBeGreaterThan(labels.indexOf('Russian (ru)'));

  // German has a customization now (made through the API): the brand's language is picked instead.
  await customize('de');
  await page.reload();
  await expect(template.row('German')).toBeVisible();
  await expect(template.languageToAdd).toHaveValue('en');
  await expect(template.languageToAdd.locator('option[value="de"]')).toHaveCount(0);

  // Both taken: the first language by name.
  await customize('en');
  await page.reload();
  await expect(template.row('English')).toBeVisible();
  await expect(template.languageToAdd).toHaveValue('zh-CN');
});

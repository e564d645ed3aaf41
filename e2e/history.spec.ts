import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type {
  CustomizationVersion,
  CustomizationVersionSummary,
} from '../src/shared/mailroom/customization-history';
import type { EmailCustomization } from '../src/shared/okta/email-template';
import type { User } from '../src/shared/okta/user';
import { EditorPage, expect, expectAccessible, TemplatePage, test } from './fixtures';

// Version history in the editor (issue 16): save twice, compare two versions in the diff, restore one, save it.
// PasswordResetByAdmin has no required variable and no other journey uses it.
const TEMPLATE = 'PasswordResetByAdmin';

test('edit → save twice → History → diff two versions → restore one → save it', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const customizations = apiPaths.customizations(brandId, TEMPLATE);
  await server.api('DELETE', customizations);
  const created = await server.api<EmailCustomization>('POST', customizations, {
    language: 'en',
    subject: 'Your password was reset',
    body: '<p>An administrator reset your password.</p>',
  });
  expect(created.status).toBe(201);
  const { id } = created.data;
  const me = (await server.api<User>('GET', apiPaths.me())).data.profile;
  const userName = `${me.firstName} ${me.lastName}`;

  const editor = await EditorPage.open(page, paths.customization.getHref(brandId, TEMPLATE, id));

  // Two saves from the editor.
  await editor.replace('body', '<p>An administrator reset your password. Sign in again.</p>');
  await editor.save();
  await editor.replace('subject', 'Your ${org.name} password was reset');
  await editor.replace('body', '<p>Your password was reset by ${org.name} IT.</p>');
  await editor.save();

  // The History tab lists all three, newest first: who and which is the latest (the list was refreshed by the save).
  const rows = await editor.openHistory();
  await expect(page).toHaveURL(/tab=history/);
  await expect(rows).toHaveText([
    new RegExp(`^Version 3LatestDefaultby ${userName}`),
    new RegExp(`^Version 2Defaultby ${userName}`),
    /^Version 1Defaultby Bootstrap admin/,
  ]);
  await expectAccessible(page, 'editor history');

  // Pick versions 1 and 3: the diff shows both the subject's and the body's changes.
  const dialog = await editor.compareVersions(1, 3);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Left: version 1 (Bootstrap admin`);
  const bodyDiff = dialog.getByTestId('history-body-diff');
  await expect(bodyDiff.locator('.editor.original')).toContainText('An administrator reset your password.');
  await expect(bodyDiff.locator('.editor.modified')).toContainText(
    'Your password was reset by ${org.name} IT.',
  );
  await expect(bodyDiff.locator('.char-insert, .line-insert').first()).toBeVisible();
  await expect(dialog.getByTestId('history-subject-diff').locator('.editor.modified')).toContainText(
    'Your ${org.name} password was reset',
  );

  // Restore version 1: into the editor, unsaved, then the normal save.
  await dialog.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version 1 restored in the editor' }),
  ).toBeVisible();
  await expect(editor.saveState).toHaveText('Unsaved changes');
  await expect(editor.subject).toContainText('Your password was reset');
  await expect(editor.body).toContainText('<p>An administrator reset your password.</p>');
  await expect(editor.previewSubject).toHaveText('Your password was reset');
  await editor.save();

  const versions = apiPaths.customizationVersions(brandId, TEMPLATE, id);
  const after = await server.api<CustomizationVersionSummary[]>('GET', versions);
  expect(after.data.map((v) => [v.version, v.subject, v.author])).toEqual([
    [4, 'Your password was reset', userName],
    [3, 'Your ${org.name} password was reset', userName],
    [2, 'Your password was reset', userName],
    [1, 'Your password was reset', 'Bootstrap admin'],
  ]);
  const latest = await server.api<CustomizationVersion>(
    'GET',
    apiPaths.customizationVersion(brandId, TEMPLATE, id, 4),
  );
  expect(latest.data.body).toBe('<p>An administrator reset your password.</p>');
  await editor.openHistory();
  await expect(rows.first()).toHaveText(new RegExp(`^Version 4Latest`));
});

test('a deleted customization is offered on the template page and restored through the editor', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const customizations = apiPaths.customizations(brandId, TEMPLATE);
  await server.api('DELETE', customizations);
  await server.api('POST', customizations, {
    language: 'en',
    subject: 'Your password was reset',
    body: '<p>An administrator reset your password.</p>',
  });
  const french = await server.api<EmailCustomization>('POST', customizations, {
    language: 'fr',
    subject: 'Mot de passe réinitialisé',
    body: '<p>Un administrateur a réinitialisé votre mot de passe.</p>',
  });
  const frenchPath = apiPaths.customization(brandId, TEMPLATE, french.data.id);
  await server.api('PUT', frenchPath, {
    language: 'fr',
    subject: 'Votre mot de passe a été réinitialisé',
    body: '<p>Un administrateur de ${org.name} a réinitialisé votre mot de passe.</p>',
  });
  expect((await server.api('DELETE', frenchPath)).status).toBe(204);

  const template = new TemplatePage(page, brandId, TEMPLATE);
  await template.goto();
  const section = page.getByRole('region', { name: 'Deleted customizations' });
  await expect(section.getByRole('listitem')).toHaveText([
    /^FrenchVotre mot de passe a été réinitialisédeleted by Bootstrap admin/,
  ]);
  await expectAccessible(page, 'template page with a deleted customization');
  await section.getByRole('link', { name: 'Restore the deleted French customization' }).click();
  const editor = new EditorPage(page);
  await editor.ready();
  await expect(editor.subject).toContainText('Votre mot de passe a été réinitialisé');
  await expect(editor.body).toContainText('Un administrateur de ${org.name}');
  await editor.saveButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'French customization created' })).toBeVisible();

  const list = await server.api<EmailCustomization[]>('GET', customizations);
  expect(list.data.map((c) => [c.language, c.subject])).toEqual([
    ['en', 'Your password was reset'],
    ['fr', 'Votre mot de passe a été réinitialisé'],
  ]);
  // French has a customization again: nothing left to restore.
  await template.goto();
  await expect(template.row('French')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Deleted customizations' })).toBeHidden();
});

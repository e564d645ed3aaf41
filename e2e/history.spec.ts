import { expect, expectAccessible, replaceEditorText, test, waitForEditor } from './fixtures';

// Version history in the editor (issue 16): save twice, compare two versions in the diff, restore one, save it.
// PasswordResetByAdmin has no required variable and no other journey uses it.
const TEMPLATE = 'PasswordResetByAdmin';

interface Version {
  version: number;
  subject: string;
  author: string | null;
  body?: string;
}

test('edit → save twice → History → diff two versions → restore one → save it', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const templatePath = `/api/v1/brands/${brandId}/templates/email/${TEMPLATE}`;
  await server.api('DELETE', `${templatePath}/customizations`);
  const created = await server.api<{ id: string }>('POST', `${templatePath}/customizations`, {
    language: 'en',
    subject: 'Your password was reset',
    body: '<p>An administrator reset your password.</p>',
  });
  expect(created.status).toBe(201);
  const { id } = created.data;
  const versionsPath = `/api/mailroom/v1/brands/${brandId}/templates/email/${TEMPLATE}/customizations/${id}/versions`;
  const me = (
    await server.api<{ profile: { firstName: string; lastName: string } }>('GET', '/api/v1/users/me')
  ).data.profile;
  const userName = `${me.firstName} ${me.lastName}`;

  await page.goto(`/brands/${brandId}/templates/${TEMPLATE}/customizations/${id}`);
  await waitForEditor(page);
  const saved = page.getByTestId('save-state');

  // Two saves from the editor.
  await replaceEditorText(page, 'body-editor', '<p>An administrator reset your password. Sign in again.</p>');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(saved).toHaveText(/^Saved/);
  await replaceEditorText(page, 'subject-editor', 'Your ${org.name} password was reset');
  await replaceEditorText(page, 'body-editor', '<p>Your password was reset by ${org.name} IT.</p>');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(saved).toHaveText(/^Saved/);

  // The History tab lists all three, newest first: who and which is the latest (the list was refreshed by the save).
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page).toHaveURL(/tab=history/);
  const rows = page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem');
  await expect(rows).toHaveText([
    new RegExp(`^Version 3LatestDefaultby ${userName}`),
    new RegExp(`^Version 2Defaultby ${userName}`),
    /^Version 1Defaultby Bootstrap admin/,
  ]);
  await expectAccessible(page, 'editor history');

  // Pick versions 1 and 3: the diff shows both the subject's and the body's changes.
  await page.getByRole('checkbox', { name: 'Compare version 3' }).check();
  await page.getByRole('checkbox', { name: 'Compare version 1' }).check();
  await page.getByRole('button', { name: 'Compare 1 → 3' }).click();
  const dialog = page.getByRole('dialog', { name: 'Version 1 → version 3' });
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
  await expect(saved).toHaveText('Unsaved changes');
  await expect(page.getByTestId('subject-editor')).toContainText('Your password was reset');
  await expect(page.getByTestId('body-editor')).toContainText('<p>An administrator reset your password.</p>');
  await expect(page.getByTestId('preview-subject')).toHaveText('Your password was reset');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(saved).toHaveText(/^Saved/);

  const after = await server.api<Version[]>('GET', versionsPath);
  expect(after.data.map((v) => [v.version, v.subject, v.author])).toEqual([
    [4, 'Your password was reset', userName],
    [3, 'Your ${org.name} password was reset', userName],
    [2, 'Your password was reset', userName],
    [1, 'Your password was reset', 'Bootstrap admin'],
  ]);
  const latest = await server.api<Version>('GET', `${versionsPath}/4`);
  expect(latest.data.body).toBe('<p>An administrator reset your password.</p>');
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(rows.first()).toHaveText(new RegExp(`^Version 4Latest`));
});

test('a deleted customization is offered on the template page and restored through the editor', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const templatePath = `/api/v1/brands/${brandId}/templates/email/${TEMPLATE}`;
  await server.api('DELETE', `${templatePath}/customizations`);
  await server.api('POST', `${templatePath}/customizations`, {
    language: 'en',
    subject: 'Your password was reset',
    body: '<p>An administrator reset your password.</p>',
  });
  const french = await server.api<{ id: string }>('POST', `${templatePath}/customizations`, {
    language: 'fr',
    subject: 'Mot de passe réinitialisé',
    body: '<p>Un administrateur a réinitialisé votre mot de passe.</p>',
  });
  await server.api('PUT', `${templatePath}/customizations/${french.data.id}`, {
    language: 'fr',
    subject: 'Votre mot de passe a été réinitialisé',
    body: '<p>Un administrateur de ${org.name} a réinitialisé votre mot de passe.</p>',
  });
  expect((await server.api('DELETE', `${templatePath}/customizations/${french.data.id}`)).status).toBe(204);

  await page.goto(`/brands/${brandId}/templates/${TEMPLATE}`);
  const section = page.getByRole('region', { name: 'Deleted customizations' });
  await expect(section.getByRole('listitem')).toHaveText([
    /^FrenchVotre mot de passe a été réinitialisédeleted by Bootstrap admin/,
  ]);
  await expectAccessible(page, 'template page with a deleted customization');
  await section.getByRole('link', { name: 'Restore the deleted French customization' }).click();
  await waitForEditor(page);
  await expect(page.getByTestId('subject-editor')).toContainText('Votre mot de passe a été réinitialisé');
  await expect(page.getByTestId('body-editor')).toContainText('Un administrateur de ${org.name}');
  await page.getByRole('button', { name: /^Create customization/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'French customization created' })).toBeVisible();

  const list = await server.api<{ language: string; subject: string }[]>(
    'GET',
    `${templatePath}/customizations`,
  );
  expect(list.data.map((c) => [c.language, c.subject])).toEqual([
    ['en', 'Your password was reset'],
    ['fr', 'Votre mot de passe a été réinitialisé'],
  ]);
  // French has a customization again: nothing left to restore.
  await page.goto(`/brands/${brandId}/templates/${TEMPLATE}`);
  await expect(page.getByRole('row', { name: /French/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Deleted customizations' })).toBeHidden();
});

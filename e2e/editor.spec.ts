import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { EmailCustomization } from '../src/shared/okta/email-template';
import type { OrgSetting, User } from '../src/shared/okta/user';
import { EditorPage, expect, expectAccessible, TemplatePage, test, type MailroomServer } from './fixtures';

// The editor's journeys on the real built console and server (issue 6). ForgotPassword requires
// ${resetPasswordLink} or ${oneTimePassword}, which the marker journey removes on purpose.
const TEMPLATE = 'ForgotPassword';
const VALID_BODY = '<p>Reset it here: <a href="${resetPasswordLink}">reset</a></p>\n<p id="pick">';

async function setUp(server: MailroomServer, brandId: string) {
  await server.api('DELETE', apiPaths.customizations(brandId, TEMPLATE));
  const created = await server.api<EmailCustomization>('POST', apiPaths.customizations(brandId, TEMPLATE), {
    language: 'en',
    subject: 'Reset your ${org.name} password',
    body: `${VALID_BODY}Hello</p>`,
  });
  expect(created.status).toBe(201);
  const { firstName } = (await server.api<User>('GET', apiPaths.me())).data.profile;
  expect(firstName).toBeTruthy();
  return {
    customizationPath: apiPaths.customization(brandId, TEMPLATE, created.data.id),
    id: created.data.id,
    firstName: firstName!,
    editorUrl: paths.customization.getHref(brandId, TEMPLATE, created.data.id),
  };
}

test('complete a variable, see markers for an unknown and a missing required variable, fix them, save with Ctrl+S', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const { customizationPath, firstName } = await setUp(server, brandId);

  const template = new TemplatePage(page, brandId, TEMPLATE);
  await template.goto();
  const started = Date.now();
  const editor = await template.edit('English');
  test
    .info()
    .annotations.push({ type: 'Edit → ready editor (ms)', description: String(Date.now() - started) });
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot Password: English' })).toBeVisible();
  await expectAccessible(page, 'editor');
  await expect(editor.saveState).toHaveText(/^Saved/);

  // Type `${` at the end of the body and pick a variable from the completion list.
  await editor.replace('body', VALID_BODY);
  await page.keyboard.type('${');
  const suggestions = page.locator('.suggest-widget');
  await expect(suggestions).toBeVisible();
  // This template's own variables come first.
  await expect(suggestions.locator('.monaco-list-row').first()).toContainText('resetPasswordLink');
  await page.keyboard.type('user.profile.fi');
  // After `user.profile.` the list offers the profile's properties.
  await expect(suggestions.locator('.monaco-list-row.focused')).toContainText('firstName');
  await page.keyboard.press('Enter');
  await expect(editor.body).toContainText('${user.profile.firstName}');
  await expect(editor.preview.locator('#pick')).toHaveText(firstName);
  await expect(editor.saveState).toHaveText('Unsaved changes');
  await expect(page).toHaveTitle('• Forgot Password: English · Mailroom');

  // An unknown variable (warning, with a suggestion) and the required one removed (error).
  await editor.replace('body', '<p>Hello ${user.profile.frstName}</p>');
  await expect(editor.markerCount('error', 1)).toBeVisible();
  await expect(editor.markerCount('warning', 1)).toBeVisible();
  await expect(editor.body.locator('.squiggly-error')).not.toHaveCount(0);
  await expect(editor.body.locator('.squiggly-warning')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Save/ })).toBeDisabled();
  // Each count jumps to its marker; F8 shows the marker's message there.
  await editor.markerCount('error', 1).click();
  await page.keyboard.press('F8');
  await expect(page.locator('.marker-widget')).toContainText('resetPasswordLink');
  await expect(page.locator('.marker-widget')).toContainText('oneTimePassword');
  await page.keyboard.press('Escape');
  await editor.markerCount('warning', 1).click();
  await page.keyboard.press('F8');
  await expect(page.locator('.marker-widget')).toContainText('Did you mean ${user.profile.firstName}?');
  await page.keyboard.press('Escape');

  // Fix both, then Ctrl+S from inside the editor.
  const fixed = '<p>Hello ${user.profile.firstName}, reset here: ${resetPasswordLink}</p>';
  await editor.replace('body', fixed);
  await expect(editor.markerCount('error', 0)).toBeVisible();
  await expect(editor.markerCount('warning', 0)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByRole('status').filter({ hasText: 'English customization saved' })).toBeVisible();
  await expect(editor.saveState).toHaveText(/^Saved/);
  await expect(page).toHaveTitle('Forgot Password: English · Mailroom');
  const saved = await server.api<{ body: string }>('GET', customizationPath);
  expect(saved.data.body).toBe(fixed);

  // Hover on a variable: its documentation and the value the preview uses.
  // (over `firstName`, the reference's last segment: each segment has its own hover)
  const reference = editor.body.locator('.mr-vtl-ref', { hasText: 'firstName' }).first();
  const box = (await reference.boundingBox())!;
  // The mouse itself: Monaco's own layers sit over the text, so an element hover never counts as reachable.
  await page.mouse.move(box.x + box.width - 8, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover').filter({ hasText: 'firstName' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText(firstName);

  await page.mouse.move(0, 0);
  await expect(hover).toBeHidden();
  // The subject is one line with the same completion: Enter accepts the suggestion, never adds a line.
  await editor.subject.locator('.view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' for ${org.na');
  await expect(suggestions.locator('.monaco-list-row.focused')).toContainText('name');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(editor.subject.locator('.view-line')).toHaveCount(1);
  await expect(editor.subject).toContainText('Reset your ${org.name} password for ${org.name}');
  const orgName = (await server.api<OrgSetting>('GET', apiPaths.org())).data.companyName;
  await expect(editor.previewSubject).toHaveText(`Reset your ${orgName} password for ${orgName}`);
});

test('mail checks follow the draft as you type: an http: link is a finding in the Checks tab and the status bar', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const { editorUrl } = await setUp(server, brandId);
  const editor = await EditorPage.open(page, editorUrl);
  const status = editor.statusBar;
  await expect(status.getByRole('button', { name: 'Mail checks: no problems' })).toBeVisible();
  await page.getByRole('tab', { name: 'Checks, no problems' }).click();
  await expect(page).toHaveURL(/tab=checks/);
  await expect(page.getByRole('heading', { name: 'No problems found' })).toBeVisible();

  await editor.body.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' <a href="http://x">');
  await expect(page.getByRole('tab', { name: 'Checks, 1 problem' })).toBeVisible();
  const findings = page.getByRole('list', { name: 'Mail check findings' }).getByRole('listitem');
  await expect(findings).toHaveText([
    /A link uses http: \(http:\/\/x\)\..*How to fix itUse https: for every link\./,
  ]);
  await expect(status.getByRole('button', { name: 'Mail checks: 1 problem, show them' })).toBeVisible();
  await expectAccessible(page, 'editor checks');

  // The status bar's count opens the tab from any other.
  await page.getByRole('tab', { name: 'Preview', exact: true }).click();
  await status.getByRole('button', { name: 'Mail checks: 1 problem, show them' }).click();
  await expect(page.getByRole('tab', { name: 'Checks, 1 problem' })).toHaveAttribute('aria-selected', 'true');
});

test('preview data: edited sample values show in the preview and are remembered for the template', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const { editorUrl } = await setUp(server, brandId);
  const editor = await EditorPage.open(page, editorUrl);
  await editor.replace('body', `${VALID_BODY}\${user.profile.firstName} at \${org.name}</p>`);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(editor.saveState).toHaveText(/^Saved/);

  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByLabel('First name', { exact: true }).fill('Zed');
  await page.getByLabel('Organization name').fill('Globex');
  await expectAccessible(page, 'editor data tab');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(editor.preview.locator('#pick')).toHaveText('Zed at Globex');
  await expect(editor.previewSubject).toHaveText('Reset your Globex password');

  // The width toggle narrows the frame.
  await page.getByRole('button', { name: /Mobile/ }).click();
  await expect(page.locator('iframe[title^="Live preview"]')).toHaveJSProperty('offsetWidth', 375);

  // The variables drawer inserts a reference where the cursor was.
  await page.getByRole('button', { name: 'Variables' }).click();
  const drawer = page.getByRole('complementary', { name: 'Variables' });
  await expect(drawer.getByRole('button', { name: 'Insert ${resetPasswordLink}' })).toBeVisible();
  await drawer.getByLabel('Filter variables').fill('org.name');
  await expect(drawer.getByRole('button', { name: 'Insert ${resetPasswordLink}' })).toBeHidden();
  await drawer.getByRole('button', { name: 'Insert ${org.name}' }).click();
  await expect(editor.body).toContainText('</p>${org.name}');
  await expect(editor.saveState).toHaveText('Unsaved changes');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.saveState).toHaveText(/^Saved/);

  // The view is in the URL, so a link or a reload shows the same one.
  await page.getByRole('tab', { name: 'Source' }).click();
  await expect(page).toHaveURL(/[?&]tab=source/);
  await expect(page).toHaveURL(/[?&]width=375/);

  // Remembered per template: still there after a reload.
  await page.reload();
  await editor.ready();
  await expect(page.getByRole('tab', { name: 'Source' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.locator('iframe[title^="Live preview"]')).toHaveJSProperty('offsetWidth', 375);
  await expect(editor.preview.locator('#pick')).toHaveText('Zed at Globex');
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Reset to samples' }).click();
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(editor.preview.locator('#pick')).not.toHaveText('Zed at Globex');
});

test('a save after someone else changed the customization offers a diff; unsaved changes are guarded', async ({
  signedIn: page,
  server,
  brandId,
}) => {
  const { customizationPath, id, editorUrl } = await setUp(server, brandId);
  const editor = await EditorPage.open(page, editorUrl);
  await editor.replace('body', `${VALID_BODY}Mine</p>`);

  // Someone else saves meanwhile.
  const theirs = await server.api('PUT', customizationPath, {
    language: 'en',
    subject: 'Their subject for ${org.name}',
    body: `${VALID_BODY}Theirs</p>`,
    isDefault: true,
  });
  expect(theirs.status).toBe(200);

  await page.keyboard.press('ControlOrMeta+S');
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this customization' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('conflict-their-subject')).toHaveText('Their subject for ${org.name}');
  await expect(conflict.getByTestId('conflict-diff')).toContainText('Theirs');
  await expect(conflict.getByTestId('conflict-diff')).toContainText('Mine');
  await conflict.getByRole('button', { name: 'Overwrite with mine' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'English customization saved' })).toBeVisible();
  const after = await server.api<{ subject: string; body: string }>('GET', customizationPath);
  expect(after.data).toMatchObject({
    subject: 'Reset your ${org.name} password',
    body: `${VALID_BODY}Mine</p>`,
  });

  // Leaving with unsaved changes asks first.
  await editor.replace('subject', 'Not saved yet');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`${id}$`));
  await expect(editor.subject).toContainText('Not saved yet');
  // Closing the tab asks too (the browser's own prompt); dismissing it keeps the page.
  const prompt = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const beforeUnload = await prompt;
  expect(beforeUnload.type()).toBe('beforeunload');
  await beforeUnload.dismiss();
  expect(page.isClosed()).toBe(false);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
  await leave.getByRole('button', { name: 'Discard changes and leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Email templates' })).toBeVisible();
  const untouched = await server.api<{ subject: string }>('GET', customizationPath);
  expect(untouched.data.subject).toBe('Reset your ${org.name} password');
});

test('Ctrl+Enter sends a test; with unsaved changes it offers to save first, and the toast links the mail', async ({
  signedIn: page,
  server,
  brandId,
  mailbox,
}) => {
  const { editorUrl } = await setUp(server, brandId);
  const editor = await EditorPage.open(page, editorUrl);
  const subject = `Editor test send ${Date.now()}`;
  await editor.replace('subject', subject);
  await page.keyboard.press('ControlOrMeta+Enter');
  const ask = page.getByRole('dialog', { name: 'Save before sending?' });
  await ask.getByRole('button', { name: 'Save and send' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Test email sent to' });
  await expect(toast).toBeVisible();
  const received = await mailbox.waitFor({ subject });
  await toast.getByRole('link', { name: 'Open in mailbox' }).click();
  await expect(page).toHaveURL(new RegExp(`/mailbox/${received.id}`));

  // "Send test ▾" sends another of the template's languages, as its saved customization.
  await server.api('POST', apiPaths.customizations(brandId, TEMPLATE), {
    language: 'fr',
    subject: `En français ${Date.now()}`,
    body: '<p>${resetPasswordLink}</p>',
  });
  await page.goto(editorUrl);
  await editor.ready();
  await page.getByRole('button', { name: 'More ways to send a test' }).click();
  await page.getByRole('menuitem', { name: /French/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'French, delivered via built-in mailbox' }),
  ).toBeVisible();

  // "Send to other addresses…" sends the saved version to whoever is typed (local mode).
  await page.getByRole('button', { name: 'More ways to send a test' }).click();
  await page.getByRole('menuitem', { name: 'Send to other addresses…' }).click();
  const sendTo = page.getByRole('dialog', { name: /^Send .* to other addresses$/ });
  await sendTo.getByLabel('Send to').fill('reviewer@acme.example');
  await sendTo.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(sendTo).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Test email sent to reviewer@acme.example' }),
  ).toBeVisible();
  await mailbox.waitFor({ to: 'reviewer@acme.example' });
});

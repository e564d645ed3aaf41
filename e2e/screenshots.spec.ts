import { expect, expectAccessible, test, waitForEditor } from './fixtures';

/**
 * README screenshots (docs/screenshots/*.png). Skipped in normal runs; refresh them with
 * `SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts` after `npx vite build`.
 */
test('README screenshots', async ({ signedIn: page, server, smtp }) => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');
  const brandId = (await server.api<{ id: string; isDefault: boolean }[]>('GET', '/api/v1/brands')).data.find(
    (b) => b.isDefault,
  )!.id;
  await server.api('POST', '/api/v1/email-servers', {
    alias: 'Transactional relay',
    host: smtp.host,
    port: smtp.port,
    username: 'relay-user',
    password: 'relay-pass-123',
  });
  await server.api('POST', '/api/v1/email-servers', {
    alias: 'Marketing relay',
    host: 'smtp.acme.example',
    port: 587,
    username: 'mailer',
    password: 'x',
  });
  for (const [template, languages] of [
    ['ForgotPassword', ['en', 'fr', 'de']],
    ['UserActivation', ['en', 'es']],
    ['PasswordChanged', ['fr']],
  ] as const) {
    for (const language of languages) {
      const { data } = await server.api<{ subject: string; body: string }>(
        'GET',
        `/api/v1/brands/${brandId}/templates/email/${template}/default-content?language=${language}`,
      );
      await server.api('POST', `/api/v1/brands/${brandId}/templates/email/${template}/customizations`, {
        language,
        ...data,
      });
    }
  }
  await page.setViewportSize({ width: 1360, height: 820 });
  await page.goto(`/brands/${brandId}/templates`);
  await expect(page.getByText('fr', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/catalog.png' });
  await page.goto('/email-servers');
  await expect(page.getByRole('row', { name: /Marketing relay/ })).toBeVisible();
  await page.getByRole('button', { name: 'Enable Transactional relay' }).click();
  await expect(page.getByText('Mail goes through Transactional relay')).toBeVisible();
  await page.waitForTimeout(6500); // let the toast close
  await page.screenshot({ path: 'docs/screenshots/smtp-servers.png' });
  // The editor on the French Forgot Password, with a completion list open.
  const { data: customizations } = await server.api<{ id: string; language: string }[]>(
    'GET',
    `/api/v1/brands/${brandId}/templates/email/ForgotPassword/customizations`,
  );
  const french = customizations.find((c) => c.language === 'fr')!;
  await page.setViewportSize({ width: 1440, height: 860 });
  await page.goto(`/brands/${brandId}/templates/ForgotPassword/customizations/${french.id}`);
  await waitForEditor(page);
  await page.getByTestId('body-editor').locator('.view-line').nth(24).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ${');
  await page.keyboard.type('re');
  await expect(page.locator('.suggest-widget')).toBeVisible();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/screenshots/editor.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Z');
  await page.setViewportSize({ width: 1360, height: 820 });
  await page.goto(`/brands/${brandId}/coverage`);
  await expectAccessible(page, 'coverage');
  await server.api(
    'PATCH',
    `/api/v1/email-servers/${(await server.api<{ 'email-servers': { id: string }[] }>('GET', '/api/v1/email-servers')).data['email-servers'][0].id}`,
    { enabled: false },
  );
});

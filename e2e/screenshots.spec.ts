import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { Brand } from '../src/shared/okta/brand';
import type { EmailServer } from '../src/shared/okta/email-server';
import type { EmailCustomization, EmailDefaultContent } from '../src/shared/okta/email-template';
import { startLiveOktaOrg } from '../test/support/live-okta-org';
import { EditorPage, expect, expectAccessible, startMailroom, test, waitForEditor } from './fixtures';

/**
 * README screenshots (docs/screenshots/*.png). Skipped in normal runs; refresh them with
 * `SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts` after `npx vite build`.
 */
test('README screenshots', async ({ signedIn: page, server, brandId, smtp }) => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');
  await server.api('POST', apiPaths.emailServers(), {
    alias: 'Transactional relay',
    host: smtp.host,
    port: smtp.port,
    username: 'relay-user',
    password: 'relay-pass-123',
  });
  await server.api('POST', apiPaths.emailServers(), {
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
      const { data } = await server.api<EmailDefaultContent>(
        'GET',
        `${apiPaths.defaultContent(brandId, template)}?language=${language}`,
      );
      await server.api('POST', apiPaths.customizations(brandId, template), {
        language,
        subject: data.subject,
        body: data.body,
      });
    }
  }
  await page.setViewportSize({ width: 1360, height: 820 });
  await page.goto(paths.templates.getHref(brandId));
  await expect(page.getByText('fr', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/catalog.png' });
  await page.goto(paths.emailServers.getHref());
  await expect(page.getByRole('row', { name: /Marketing relay/ })).toBeVisible();
  await page.getByRole('button', { name: 'Enable Transactional relay' }).click();
  await expect(page.getByText('Mail goes through Transactional relay')).toBeVisible();
  await page.waitForTimeout(6500); // let the toast close
  await page.screenshot({ path: 'docs/screenshots/smtp-servers.png' });
  // The editor on the French Forgot Password, with a completion list open.
  const { data: customizations } = await server.api<EmailCustomization[]>(
    'GET',
    apiPaths.customizations(brandId, 'ForgotPassword'),
  );
  const french = customizations.find((c) => c.language === 'fr')!;
  await page.setViewportSize({ width: 1440, height: 860 });
  await page.goto(paths.customization.getHref(brandId, 'ForgotPassword', french.id));
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
  // Version history: two more saves of the French customization, then versions 1 and 3 in the diff.
  const frenchPath = apiPaths.customization(brandId, 'ForgotPassword', french.id);
  const first = (await server.api<EmailCustomization>('GET', frenchPath)).data;
  const second = first.body.replace('Le lien expire dans', 'Ce lien est valable pendant');
  await server.api('PUT', frenchPath, { language: 'fr', subject: first.subject, body: second });
  await server.api('PUT', frenchPath, {
    language: 'fr',
    subject: 'Réinitialisez votre mot de passe ${org.name}',
    body: second.replace('vous pouvez ignorer cet e-mail.', 'contactez le support de ${org.name}.'),
  });
  const history = await EditorPage.open(
    page,
    paths.customization.getHref(brandId, 'ForgotPassword', french.id),
  );
  await history.openHistory();
  await history.compareVersions(1, 3);
  await expect(page.getByTestId('history-body-diff').locator('.char-insert').first()).toBeVisible();
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'docs/screenshots/history-diff.png' });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1360, height: 820 });
  await page.goto(paths.coverage.getHref(brandId));
  await expectAccessible(page, 'coverage');
  const { data: servers } = await server.api<{ 'email-servers': EmailServer[] }>(
    'GET',
    apiPaths.emailServers(),
  );
  await server.api('PATCH', apiPaths.emailServer(servers['email-servers'][0].id), { enabled: false });
});

/** `docs/screenshots/transfer-plan.png`: an import's plan, with one change opened to its diff. */
test('README screenshot: transfer plan', async ({ signedIn: page, server }) => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');
  // Its own brand, so the other screenshots' customizations don't show.
  const { data: brand } = await server.api<Brand>('POST', apiPaths.brands(), { name: 'Acme Production' });
  const stock = async (template: string, language: string) => {
    const { data } = await server.api<EmailDefaultContent>(
      'GET',
      `${apiPaths.defaultContent(brand.id, template)}?language=${language}`,
    );
    return { subject: data.subject, body: data.body };
  };
  const enForgot = await stock('ForgotPassword', 'en');
  const frForgot = await stock('ForgotPassword', 'fr');
  for (const [template, language, content] of [
    ['ForgotPassword', 'en', enForgot],
    ['ForgotPassword', 'fr', frForgot],
    ['ForgotPassword', 'it', await stock('ForgotPassword', 'it')],
    ['UserActivation', 'en', await stock('UserActivation', 'en')],
  ] as const) {
    await server.api('POST', apiPaths.customizations(brand.id, template), { language, ...content });
  }
  // What was designed and tested in staging: new wording, French as the default, two new languages.
  const bundle = {
    format: 'mailroom-bundle',
    version: 1,
    templates: [
      {
        name: 'AccountLockout',
        recipients: 'ADMINS_ONLY',
        customizations: [{ language: 'en', isDefault: true, ...(await stock('AccountLockout', 'en')) }],
      },
      {
        name: 'ForgotPassword',
        customizations: [
          { language: 'de', isDefault: false, ...(await stock('ForgotPassword', 'de')) },
          {
            language: 'en',
            isDefault: false,
            subject: 'Reset your ${org.name} password',
            body: enForgot.body.replace(/<\/p>/, ' The link works for one hour.</p>'),
          },
          { language: 'fr', isDefault: true, ...frForgot },
        ],
      },
      { name: 'PasswordChanged', recipients: 'NO_USERS', customizations: [] },
      {
        name: 'UserActivation',
        customizations: [
          { language: 'en', isDefault: true, ...(await stock('UserActivation', 'en')) },
          { language: 'es', isDefault: false, ...(await stock('UserActivation', 'es')) },
        ],
      },
    ],
  };
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto(paths.transfer.getHref(brand.id));
  await page.getByLabel('Upload a bundle file').setInputFiles({
    name: 'acme-staging.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle, null, 2) + '\n'),
  });
  const plan = page.getByRole('region', { name: 'Plan' });
  await plan.getByLabel('Delete customizations not in the bundle (prune)').check();
  await plan.getByRole('button', { name: /Replace ForgotPassword English: show the changes/ }).click();
  await expect(plan.getByTestId('diff-body').locator('.monaco-diff-editor')).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'transfer plan');
  await page.evaluate(() => document.querySelector('main h2.text-lg')?.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshots/transfer-plan.png' });
});

/** `docs/screenshots/translation.png`: English beside a French text that drifted, with its mismatches. */
test('README screenshot: translation view', async ({ signedIn: page, server }) => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');
  // Its own brand, so the other screenshots' customizations don't show.
  const { data: brand } = await server.api<Brand>('POST', apiPaths.brands(), { name: 'Acme Global' });
  const customizations = apiPaths.customizations(brand.id, 'ForgotPassword');
  const stock = async (language: string) =>
    (
      await server.api<EmailDefaultContent>(
        'GET',
        `${apiPaths.defaultContent(brand.id, 'ForgotPassword')}?language=${language}`,
      )
    ).data;
  const en = await stock('en');
  const fr = await stock('fr');
  const { data: english } = await server.api<EmailCustomization>('POST', customizations, {
    language: 'en',
    subject: en.subject,
    body: en.body,
  });
  // The French text lost the login, the one-time code's #if, and never got the help link added to English later.
  await server.api('POST', customizations, {
    language: 'fr',
    subject: fr.subject,
    body: fr.body
      .replace(/, \$\{user\.profile\.login\}/, '')
      .replace(/#if\(\$\{oneTimePassword\}\)\n/, '')
      .replace(/\n#end\n/, '\n'),
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await server.api('PUT', apiPaths.customization(brand.id, 'ForgotPassword', english.id), {
    language: 'en',
    subject: en.subject,
    body: en.body.replace(
      /ignore this email\.<\/p>/,
      'ignore this email. Questions? <a href="https://help.acme.example">Visit the help center</a>.</p>',
    ),
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(paths.translate.getHref(brand.id, 'ForgotPassword', 'en', 'fr'));
  await expect(page.getByRole('list', { name: 'Mismatches' })).toBeVisible();
  await expectAccessible(page, 'translation view');
  await page
    .getByRole('list', { name: 'Mismatches' })
    .getByRole('listitem')
    .filter({ hasText: 'has no #if' })
    .getByRole('button', { name: /^Jump to line/ })
    .click();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'docs/screenshots/translation.png' });
});

/** `docs/screenshots/mail-checks.png`: the Checks tab of a test email with a few of the usual mistakes. */
test('README screenshot: mail checks', async ({ signedIn: page, server, mailbox }) => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');
  // Its own brand, so the other screenshots' customizations don't show.
  const { data: brand } = await server.api<Brand>('POST', apiPaths.brands(), { name: 'Acme Checks' });
  const { data: stock } = await server.api<EmailDefaultContent>(
    'GET',
    `${apiPaths.defaultContent(brand.id, 'PasswordChanged')}?language=en`,
  );
  const subject =
    'Your ${org.name} password was changed: here is what to do next if it was not you who changed it';
  await server.api('POST', apiPaths.customizations(brand.id, 'PasswordChanged'), {
    language: 'en',
    subject,
    body: stock.body
      .replace(/<img([^>]*?)\s+alt="[^"]*"/, '<img$1')
      .replace(/<\/p>/, ' Questions? <a href="http://help.acme.example">https://support.acme.example</a></p>')
      .replace(/<\/body>/, '<p>Signed in as ${user.profile.nickName}</p></body>'),
  });
  await server.api('POST', `${apiPaths.templateTest(brand.id, 'PasswordChanged')}?language=en`);
  const received = await mailbox.waitFor({ subject: /here is what to do/ });
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto(paths.message.getHref(received.id, { view: 'checks' }));
  await expect(page.getByRole('list', { name: 'Mail check findings' })).toBeVisible();
  await expectAccessible(page, 'mail checks');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshots/mail-checks.png' });
});

test('README screenshot: real Okta mode', async ({ page }) => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');
  const orgToken = '00ShotOrgToken000000000000000000000000000000';
  const consoleToken = '00ShotConsoleToken00000000000000000000000000';
  const org = await startLiveOktaOrg(orgToken);
  const front = await startMailroom({
    ADMIN_TOKEN: consoleToken,
    OKTA_ORG_URL: org.url,
    OKTA_API_TOKEN: orgToken,
  });
  try {
    await page.request.post(`${front.url}${apiPaths.session()}`, { data: { token: consoleToken } });
    await page.goto(`${front.url}${paths.home.getHref()}`);
    await expect(page.getByText(/^31 templates ·/)).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/real-okta-mode.png' });
  } finally {
    await front.stop();
    await org.stop();
  }
});

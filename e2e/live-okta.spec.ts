import type { Page } from '@playwright/test';
import { paths } from '../src/client/app/paths';
import { apiPaths } from '../src/shared/api-paths';
import type { Brand } from '../src/shared/okta/brand';
import type { OrgSetting } from '../src/shared/okta/user';
import { ORG_STOCK_MARK, startLiveOktaOrg, type LiveOktaOrg } from '../test/support/live-okta-org';
import { startSmtpTestServer } from '../test/support/smtp-test-server';
import {
  expect,
  expectAccessible,
  startMailroom,
  test,
  waitForEditor,
  type MailroomServer,
} from './fixtures';

// Real Okta mode against an org that answers in live Okta's shapes (test/support/live-okta-org.ts): a bare
// SMTP server list without authType, 31 templates paged with the org's own host in `Link`, the org's own stock
// content, 429s. The console is the real build, the front server a real Mailroom, the browser Chromium.

const ORG_TOKEN = '00LiveOrgSideToken0000000000000000000000000';
const CONSOLE_TOKEN = '00LiveConsoleSideToken000000000000000000000';
const TEMPLATE = 'ForgotPassword';

test.describe.configure({ mode: 'serial' });

let org: LiveOktaOrg;
let front: MailroomServer & { stop: () => Promise<void> };
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
let brandId: string;
const pageErrors: string[] = [];

test.beforeAll(async () => {
  org = await startLiveOktaOrg(ORG_TOKEN);
  front = await startMailroom({
    ADMIN_TOKEN: CONSOLE_TOKEN,
    OKTA_ORG_URL: org.url,
    OKTA_API_TOKEN: ORG_TOKEN,
  });
  smtp = await startSmtpTestServer({ username: 'relay-user', password: 'relay-pass-123' });
  const brands = await org.backend.api<Brand[]>('GET', apiPaths.brands());
  brandId = brands.data.find((b) => b.isDefault)!.id;
});

test.afterAll(async () => {
  await front?.stop();
  await org?.stop();
  await smtp?.close();
});

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  const response = await page.request.post(`${front.url}${apiPaths.session()}`, {
    data: { token: CONSOLE_TOKEN },
  });
  expect(response.status()).toBe(201);
});

test.afterEach(() => {
  expect(pageErrors, 'no page errors').toEqual([]);
});

const orgApi = <T>(method: string, path: string, body?: unknown) => org.api<T>(method, path, body);

test('the header names the org; the catalog and coverage list the org’s 31 templates', async ({ page }) => {
  await page.goto(`${front.url}${paths.home.getHref()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Email templates' })).toBeVisible();
  // 31 templates over two pages whose `Link: next` carries the org's host, not the address Mailroom called.
  await expect(page.getByText(/^31 templates ·/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Campaign Launched' })).toHaveCount(0);
  const badge = page.getByTestId('org-badge');
  await expect(badge).toContainText('Okta org');
  await expect(badge).toContainText(new URL(org.url).host);
  const { data: orgSettings } = await orgApi<OrgSetting>('GET', apiPaths.org());
  await expect(badge).toContainText(orgSettings.companyName);
  await expect(page.getByTestId('org-band')).toBeVisible();
  await expectAccessible(page, 'catalog in real Okta mode');
  expect(org.requests.some((r) => r.includes('after='))).toBe(true);

  await page.getByRole('link', { name: 'Coverage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Coverage/ })).toBeVisible();
  await expect(page.getByText(/31 templates/).first()).toBeVisible();

  // The org token is nowhere the browser can read.
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
  );
  expect((await page.content()) + storage).not.toContain(ORG_TOKEN);
});

test('SMTP servers: the org’s bare list, add, test through the org, save-then-test, enable, delete', async ({
  page,
}) => {
  await page.goto(`${front.url}${paths.emailServers.getHref()}`);
  await expect(page.getByRole('heading', { name: 'No SMTP servers yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Add SMTP server' }).first().click();
  await page.getByLabel('Alias').fill('Org relay');
  await page.getByLabel('Host').fill(smtp.host);
  await page.getByLabel('Port').fill(String(smtp.port));
  await page.getByLabel('Username').fill('relay-user');
  await page.getByLabel(/^Password/).fill('relay-pass-123');

  // Unsaved settings: Okta tests saved servers only, so the console offers to save first.
  await page.getByRole('button', { name: 'Test these settings' }).click();
  const explain = page.getByRole('dialog', { name: 'Okta tests saved servers only' });
  await expect(explain).toBeVisible();
  await explain.getByRole('button', { name: 'Add and test' }).click();

  const dialog = page.getByRole('dialog', { name: 'Test Org relay' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('To').fill('ops@example.com');
  await dialog.getByRole('button', { name: 'Send test email' }).click();
  await expect(dialog.getByRole('status')).toContainText('The server works.');
  // The org sent it (its POST /email-servers/{id}/test), through the relay.
  expect(org.requests).toContainEqual(expect.stringMatching(/^POST \/api\/v1\/email-servers\/[^/]+\/test$/));
  expect(smtp.received.at(-1)?.envelopeTo).toEqual(['ops@example.com']);
  await page.keyboard.press('Escape');

  const row = page.getByRole('row', { name: /Org relay/ });
  await expect(row).toBeVisible();
  // Live objects carry no authType: the list reads them as basic authentication.
  const { data: live } = await orgApi<{ alias: string }[]>('GET', apiPaths.emailServers());
  expect(live.map((s) => s.alias)).toEqual(['Org relay']);

  // Edit: an unchanged saved server is tested by the org directly.
  await page.getByRole('link', { name: 'Edit Org relay' }).click();
  await page.getByRole('button', { name: 'Test this server' }).click();
  await expect(page.getByRole('dialog', { name: 'Test Org relay' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByLabel('Alias').fill('Org relay prime');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const renamed = page.getByRole('row', { name: /Org relay prime/ });
  await expect(renamed).toBeVisible();

  await page.getByRole('button', { name: 'Enable Org relay prime' }).click();
  await expect(renamed.getByText('Enabled', { exact: true })).toBeVisible();
  // The row turns at once (optimistic); the org follows when the request lands.
  const orgEnabled = async () =>
    (await orgApi<{ enabled: boolean }[]>('GET', apiPaths.emailServers())).data[0].enabled;
  await expect.poll(orgEnabled).toBe(true);
  await page.getByRole('button', { name: 'Disable Org relay prime' }).click();
  await expect(renamed.getByText('Disabled', { exact: true })).toBeVisible();
  await expect.poll(orgEnabled).toBe(false);

  await page.getByRole('button', { name: 'Delete Org relay prime' }).click();
  await page
    .getByRole('dialog', { name: "Delete 'Org relay prime'?" })
    .getByRole('button', { name: 'Delete SMTP server' })
    .click();
  await expect(page.getByRole('heading', { name: 'No SMTP servers yet' })).toBeVisible();
  await expect.poll(async () => (await orgApi<unknown[]>('GET', apiPaths.emailServers())).data).toEqual([]);
});

async function previewText(page: Page, title: string) {
  return page.frameLocator(`iframe[title="${title}"]`).locator('body');
}

test('stock content is the org’s: compare, start from default, save in the editor, settings, test send', async ({
  page,
}) => {
  await orgApi('DELETE', apiPaths.customizations(brandId, TEMPLATE));
  await page.goto(`${front.url}${paths.compare.getHref(brandId, TEMPLATE, ['en', 'fr'])}`);
  for (const name of ['English', 'French']) {
    await expect(
      page.getByRole('region', { name: `${name} preview` }).getByText('Source: Stock'),
    ).toBeVisible();
    await expect(await previewText(page, `Preview (${name})`)).toContainText(ORG_STOCK_MARK);
  }
  await expectAccessible(page, 'compare in real Okta mode');

  // "Customize" from a stock pane starts from the org's stock content, and saving creates it in the org.
  await page.getByRole('link', { name: 'Customize in French' }).click();
  await waitForEditor(page);
  // Monaco renders only the visible lines: read the seed through the live preview, which renders all of it.
  await expect(page.frameLocator('iframe[title^="Live preview"]').locator('body')).toContainText(
    ORG_STOCK_MARK,
  );
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 10_000 });
  const { data: saved } = await orgApi<{ language: string; isDefault: boolean; body: string }[]>(
    'GET',
    apiPaths.customizations(brandId, TEMPLATE),
  );
  expect(saved.map((c) => [c.language, c.isDefault])).toEqual([['fr', true]]);
  expect(saved[0].body).toContain(ORG_STOCK_MARK);

  // Settings: recipients go to the org.
  await page.goto(`${front.url}${paths.template.getHref(brandId, TEMPLATE, 'settings')}`);
  const group = page.getByRole('group', { name: 'Who receives this email' });
  await group.getByRole('radio', { name: /Admins only/ }).check();
  await page.getByRole('button', { name: 'Save recipients' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recipients: Admins only' })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await orgApi<{ recipients: string }>('GET', apiPaths.settings(brandId, TEMPLATE))).data.recipients,
    )
    .toBe('ADMINS_ONLY');

  // A test send is the org's: the toast says so, and the mail is in the org's outbox, not Mailroom's mailbox.
  await page.goto(`${front.url}${paths.template.getHref(brandId, TEMPLATE)}`);
  await page
    .getByRole('button', { name: /^Send test email/ })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'sent by the Okta org' })).toBeVisible();
  await expect
    .poll(async () => (await org.backend.api<unknown[]>('GET', apiPaths.messages())).data.length)
    .toBeGreaterThan(0);
  expect(org.requests).toContainEqual(expect.stringMatching(new RegExp(`^POST .*/${TEMPLATE}/test`)));
});

test('a 429 from the org is waited out, not shown as a broken page', async ({ page }) => {
  await page.goto(`${front.url}${paths.emailServers.getHref()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'SMTP servers' })).toBeVisible();
  org.throttle(1);
  const before = org.requests.length;
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No SMTP servers yet' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(org.requests.length).toBeGreaterThan(before);
});

test('a refused org token is explained after sign-in', async ({ page }) => {
  const wrong = await startMailroom({
    ADMIN_TOKEN: CONSOLE_TOKEN,
    OKTA_ORG_URL: org.url,
    OKTA_API_TOKEN: '00NotTheOrgsToken000000000000000000000000000',
  });
  try {
    await page.goto(`${wrong.url}${paths.signIn.getHref()}`);
    await page.getByLabel(/token/i).fill(CONSOLE_TOKEN);
    await page.getByRole('button', { name: /sign in/i }).click();
    // The sign-in page says what the server's check found, before the console calls the org.
    await expect(
      page.getByRole('heading', { name: "Signed in, but the Okta org isn't ready" }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('refused OKTA_API_TOKEN (401 E0000011)');
    await expectAccessible(page, 'sign-in with org problems');
    await page.getByRole('button', { name: 'Continue to the console' }).click();
    // Every page keeps saying it, and the org's 401 is not mistaken for the end of the admin's session.
    const banner = page.getByRole('alert').filter({ hasText: "Mailroom can't fully manage the Okta org" });
    await expect(banner).toContainText('refused OKTA_API_TOKEN');
    await expect(page).not.toHaveURL(/sign-in/);
  } finally {
    await wrong.stop();
  }
});

import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startChildServer, type ApiCall } from '../test/support/child-server';
import { startSmtpTestServer } from '../test/support/smtp-test-server';
import { apiPaths } from '../src/shared/api-paths';
import type { MailboxMessageSummary } from '../src/shared/mailroom/mailbox';
import type { Brand } from '../src/shared/okta/brand';
import { EditorPage } from './pages/editor-page';

export const ADMIN_TOKEN = '00E2eAdminToken0000000000000000000000000000';

export interface MailroomServer {
  url: string;
  smtpCatcherPort: number;
  dataDir: string;
  /** Calls the API with the admin token (Node side, no browser). */
  api: ApiCall;
}

export interface Mailbox {
  /**
   * Polls the catcher (through the mailbox API) until exactly one message that arrived during this test matches;
   * returns it. More than one match is an error: the test must say which it means.
   */
  waitFor: (
    match: { subject?: string | RegExp; to?: string },
    timeoutMs?: number,
  ) => Promise<MailboxMessageSummary>;
}

interface FileServer {
  /** The spec file and environment it was started for. */
  key: string;
  server: MailroomServer;
  brandId: string;
  stop: () => Promise<void>;
}
type WorkerFixtures = { fileServers: { current?: FileServer } };
type TestFixtures = {
  /** Added to the server's environment (e.g. `test.use({ serverEnv: { CUSTOM_LANGUAGES: 'true' } })`). */
  serverEnv: Record<string, string>;
  /** This spec file's own Mailroom: its own database, so no file sees another's data or settings. */
  server: MailroomServer;
  /** The file server's default brand. */
  brandId: string;
  mailbox: Mailbox;
  signedIn: Page;
  smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
};

/**
 * Starts a real Mailroom (`src/server/main.ts`, serving the built console) on free 127.0.0.1 ports with a temp
 * DATA_DIR. `env` adds to or overrides its environment (e.g. real Okta mode).
 */
export async function startMailroom(
  env: Record<string, string> = {},
): Promise<MailroomServer & { stop: () => Promise<void> }> {
  const adminToken = env.ADMIN_TOKEN ?? ADMIN_TOKEN;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-e2e-'));
  const { url, smtpCatcherPort, api, stop } = await startChildServer(dataDir, adminToken, env);
  return {
    url,
    smtpCatcherPort,
    dataDir,
    api,
    stop: async () => {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The id of a server's default brand (every org has one from its first start). */
export async function defaultBrandId(server: Pick<MailroomServer, 'api'>): Promise<string> {
  const { data } = await server.api<Brand[]>('GET', apiPaths.brands());
  return data.find((b) => b.isDefault)!.id;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // The worker's current file server; stopped when the next file starts, or when the worker ends.
  fileServers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from the destructuring
    async ({}, use) => {
      const pool: { current?: FileServer } = {};
      await use(pool);
      await pool.current?.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  serverEnv: [{}, { option: true }],

  // One real server per spec file: the built console (dist/client) + API on free 127.0.0.1 ports, a temp DATA_DIR.
  // A worker runs a file's tests one after another, so the server is started at its first test and kept for the rest.
  server: [
    async ({ fileServers, serverEnv }, use, testInfo) => {
      const key = `${testInfo.file} ${JSON.stringify(serverEnv)}`;
      if (fileServers.current?.key !== key) {
        await fileServers.current?.stop();
        fileServers.current = undefined;
        const { stop, ...server } = await startMailroom(serverEnv);
        fileServers.current = { key, server, stop, brandId: await defaultBrandId(server) };
      }
      await use(fileServers.current.server);
    },
    { timeout: 60_000 },
  ],

  baseURL: async ({ server }, use) => use(server.url),

  brandId: async ({ server, fileServers }, use) => {
    void server;
    await use(fileServers.current!.brandId);
  },

  mailbox: async ({ server }, use) => {
    const list = async () =>
      (await server.api<MailboxMessageSummary[]>('GET', `${apiPaths.messages()}?limit=200`)).data;
    // Mail from earlier tests on this file's server is not this test's: only messages new since it started count.
    const before = new Set((await list()).map((m) => m.id));
    await use({
      async waitFor(match, timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        const matches = (m: MailboxMessageSummary) =>
          !before.has(m.id) &&
          (match.subject === undefined ||
            (typeof match.subject === 'string'
              ? m.subject === match.subject
              : match.subject.test(m.subject))) &&
          (match.to === undefined || m.to.includes(match.to));
        for (;;) {
          const found = (await list()).filter(matches);
          // Two messages fit: the test can't know which it checks, so it must say more (subject, recipient).
          if (found.length > 1)
            throw new Error(
              `${found.length} messages match ${String(match.subject)}${match.to ? ` to ${match.to}` : ''}: ${found
                .map((m) => `"${m.subject}"`)
                .join(', ')}. Make the match more specific.`,
            );
          if (found.length === 1) return found[0];
          if (Date.now() > deadline)
            throw new Error(`No message matching ${String(match.subject)} within ${timeoutMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      },
    });
  },

  // A browser page with a console session (cookie set through the real sign-in endpoint).
  signedIn: async ({ page }, use) => {
    const response = await page.request.post(apiPaths.session(), { data: { token: ADMIN_TOKEN } });
    expect(response.status()).toBe(201);
    await use(page);
  },

  // A throwaway SMTP server with AUTH, standing in for a customer's relay.
  // eslint-disable-next-line no-empty-pattern -- as above
  smtp: async ({}, use) => {
    const smtp = await startSmtpTestServer({ username: 'relay-user', password: 'relay-pass-123' });
    await use(smtp);
    await smtp.close();
  },
});

/**
 * axe-core on the current page: no serious or critical violations. Sandboxed previews are left out: their
 * content is the email's HTML, not the console, and axe can't run inside a frame without script rights.
 */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).exclude('iframe[sandbox]').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
}

export { expect };

// The editor's two most used steps, for specs that don't hold an EditorPage (pages/editor-page.ts has the rest).
/** The customization editor is ready: Monaco mounted with the Velocity layer. */
export const waitForEditor = (page: Page) => new EditorPage(page).ready();
/** Replaces the text of 'subject-editor' or 'body-editor' the way a paste would. */
export const replaceEditorText = (page: Page, testId: 'subject-editor' | 'body-editor', text: string) =>
  new EditorPage(page).replace(testId === 'subject-editor' ? 'subject' : 'body', text);

export { EditorPage } from './pages/editor-page';
export { TemplatePage } from './pages/template-page';
export { TranslationPage } from './pages/translation-page';

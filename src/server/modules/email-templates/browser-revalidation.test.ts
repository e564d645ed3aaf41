import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../../../test/support/chromium';
import { startListeningApp } from '../../../../test/support/listening-app';
import type { TestApp } from '../../../../test/support/build-test-app';

// The console's fetch (default cache mode, session cookie) against cached template answers, in Chromium:
// `Cache-Control: no-cache, private` + ETag lets the browser keep the answer and revalidate it on every request,
// and fetch sees a 304 as the 200 it kept. After a write, the revalidation gets the new answer.
describe('console fetch and the response cache (Chromium)', () => {
  let t: TestApp & { url: string };
  let browser: Browser;

  beforeAll(async () => {
    t = await startListeningApp();
    browser = await chromium.launch(CHROMIUM);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('revalidates with If-None-Match, shows a 304 as the kept 200, and sees a write at once', async () => {
    const page = await browser.newPage();
    const list = `/api/v1/brands/${t.defaultBrandId}/templates/email?expand=settings,customizationCount`;
    await page.goto(`${t.url}/api/mailroom/v1/session`); // any page of the origin
    const csrf = await page.evaluate(async (token) => {
      const res = await fetch('/api/mailroom/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ token }),
      });
      return ((await res.json()) as { csrfToken: string }).csrfToken;
    }, t.token);

    // As lib/api-client.ts fetches: same-origin, Accept JSON, default cache mode.
    const read = () =>
      page.evaluate(async (url) => {
        const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        const body = (await res.json()) as {
          name: string;
          _embedded: { settings: { recipients: string } };
        }[];
        return {
          status: res.status,
          recipients: body.find((x) => x.name === 'ForgotPassword')!._embedded.settings.recipients,
        };
      }, list);

    const before = t.app.mailroom.responses.stats().notModified;
    expect(await read()).toEqual({ status: 200, recipients: 'ALL_USERS' });
    expect(await read()).toEqual({ status: 200, recipients: 'ALL_USERS' });
    expect(t.app.mailroom.responses.stats().notModified, 'the browser revalidated with the ETag').toBe(
      before + 1,
    );

    const saved = await page.evaluate(
      async ({ url, csrf }) =>
        (
          await fetch(url, {
            method: 'PUT',
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
            body: JSON.stringify({ recipients: 'ADMINS_ONLY' }),
          })
        ).status,
      { url: `/api/v1/brands/${t.defaultBrandId}/templates/email/ForgotPassword/settings`, csrf },
    );
    expect(saved).toBe(200);
    expect(await read()).toEqual({ status: 200, recipients: 'ADMINS_ONLY' });
    // Playwright reports the revalidated answer as the 200 the page saw; the server counted the 304 it sent.
    expect(t.app.mailroom.responses.stats().notModified).toBe(before + 1);
  }, 60_000);
});

import okta from '@okta/okta-sdk-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningApp } from '../support/listening-app';
import type { TestApp } from '../support/build-test-app';
import { recordFigure } from './figures';
import { httpClient, oktaErrorProblems } from './http';

/**
 * Item 9: over real HTTP, a token past its limit gets 429 E0000047 with consistent X-Rate-Limit-* headers, and
 * Okta's Node SDK (v8) waits for the announced reset and succeeds. (The SDK's single-retry case is also in
 * conformance/okta-sdk-email-servers.test.ts; this one drives it through several windows.)
 */
const LIMIT = 5;
const WINDOW_S = 2;

describe('9. rate limits', () => {
  let t: TestApp & { url: string };
  beforeAll(async () => {
    t = await startListeningApp({ RATE_LIMIT: String(LIMIT), RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_S) });
  });
  afterAll(async () => {
    await t.close();
  });

  it('429 E0000047 with correct headers past the limit; the Okta SDK retries and succeeds after the reset', async () => {
    const problems: string[] = [];
    const client = httpClient(t.url, 4);
    const windowMs = WINDOW_S * 1000;
    // Start just after a window boundary so the burst falls in one window.
    await new Promise((resolve) => setTimeout(resolve, windowMs - (Date.now() % windowMs) + 30));
    const windowEnd = Math.ceil((Date.now() - (Date.now() % windowMs) + windowMs) / 1000);
    const statuses: number[] = [];
    for (let i = 1; i <= LIMIT + 3; i++) {
      const res = await client.send({
        method: 'GET',
        path: '/api/v1/email-servers',
        headers: { authorization: `SSWS ${t.token}` },
      });
      statuses.push(res.status);
      const h = res.headers;
      if (h['x-rate-limit-limit'] !== String(LIMIT)) problems.push(`#${i}: Limit ${h['x-rate-limit-limit']}`);
      if (h['x-rate-limit-remaining'] !== String(Math.max(0, LIMIT - i)))
        problems.push(`#${i}: Remaining ${h['x-rate-limit-remaining']}, want ${Math.max(0, LIMIT - i)}`);
      if (h['x-rate-limit-reset'] !== String(windowEnd))
        problems.push(`#${i}: Reset ${h['x-rate-limit-reset']}, want ${windowEnd}`);
      if (!h.date) problems.push(`#${i}: no Date header`);
      if (i > LIMIT) {
        if (res.status !== 429 || JSON.parse(res.body).errorCode !== 'E0000047')
          problems.push(`#${i}: ${res.status} ${res.body.slice(0, 80)}`);
        problems.push(...oktaErrorProblems(res).map((p) => `#${i}: ${p}`));
      } else if (res.status !== 200) problems.push(`#${i}: ${res.status}`);
    }
    client.close();

    // Okta's Node SDK: two windows’ worth of calls; every one ends in success after backoffs.
    const sdk = new okta.Client({ orgUrl: t.url, token: t.token, cacheMiddleware: null });
    const backoffs: number[] = [];
    sdk.requestExecutor.on('backoff', (_req: unknown, _res: unknown, _id: unknown, delayMs: number) =>
      backoffs.push(delayMs),
    );
    const calls = LIMIT * 2;
    const started = Date.now();
    let succeeded = 0;
    for (let i = 0; i < calls; i++) {
      const servers = await sdk.emailServerApi.listEmailServers();
      if (Array.isArray(servers)) succeeded++;
    }
    const seconds = (Date.now() - started) / 1000;

    recordFigure({
      item: '9 rate limits',
      figure: `limit ${LIMIT}/${WINDOW_S} s: statuses ${statuses.join(',')}, ${problems.length} header problems; SDK v8: ${succeeded}/${calls} calls succeeded after ${backoffs.length} backoffs in ${seconds.toFixed(1)} s`,
      target: '429 E0000047 with X-Rate-Limit-Limit/Remaining/Reset; SDK retries and succeeds',
      pass: problems.length === 0 && succeeded === calls && backoffs.length > 0,
    });
    expect(problems).toEqual([]);
    expect(succeeded).toBe(calls);
    expect(backoffs.length).toBeGreaterThan(0);
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../support/build-test-app';
import { recordFigure } from './figures';
import { hostileBodies } from './hostile-templates';

/**
 * Item 5: hostile templates through the API (create, preview, test send). Each gets a clear 400 E0000001 naming
 * the body, or renders harmlessly, within a second; nothing escapes the sandbox; the server keeps answering.
 */
const CANARY = 'canary-7f3a9c1e-not-for-templates';

describe('5. Velocity sandbox through the API', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    process.env.MAILROOM_CANARY = CANARY;
    t = await buildTestApp();
    url = `/api/v1/brands/${t.defaultBrandId}/templates/email/UserActivation`;
  });
  afterAll(async () => {
    delete process.env.MAILROOM_CANARY;
    await t.close();
  });

  it('≥ 50 hostile templates: 0 escapes, each ends ≤ 1 s with a clear answer, the server stays responsive', async () => {
    const corpus = hostileBodies();
    const outcomes = { rejected: 0, harmless: 0 };
    const failures: string[] = [];
    let slowest = 0;
    let slowestHealth = 0;
    for (const { name, body } of corpus) {
      await t.call({ method: 'DELETE', url: `${url}/customizations` });
      const started = Date.now();
      const created = await t.call({
        method: 'POST',
        url: `${url}/customizations`,
        payload: { language: 'en', subject: 'x', body },
      });
      const answers = [created];
      if (created.statusCode === 201) {
        answers.push(
          await t.call({ method: 'GET', url: `${url}/customizations/${created.json().id}/preview` }),
        );
        answers.push(await t.call({ method: 'POST', url: `${url}/test` }));
      }
      const elapsed = Date.now() - started;
      slowest = Math.max(slowest, elapsed);
      // Create, preview and send each render at most once: a second apiece.
      if (elapsed > 1_000 * answers.length) failures.push(`${name}: ${elapsed} ms`);
      const failed = answers.find((a) => a.statusCode >= 400);
      if (failed) {
        const error = expectOktaError(failed, 400, 'E0000001');
        expect(error.errorCauses[0].errorSummary, name).toMatch(/^body: /);
        outcomes.rejected++;
      } else {
        outcomes.harmless++;
      }
      // Rendered output (not the create answer, which echoes the template) shows no trace of the host.
      for (const answer of answers.slice(1)) {
        if (
          /\[native code\]|function |root:x:0|uid=\d|\[object /.test(answer.body) ||
          answer.body.includes(CANARY)
        )
          failures.push(`${name}: escape? ${answer.body.slice(0, 200)}`);
      }
      const mail = (await t.call({ method: 'GET', url: '/api/mailroom/v1/messages?limit=1' })).json()[0];
      if (mail) {
        const raw = (await t.call({ method: 'GET', url: `/api/mailroom/v1/messages/${mail.id}` })).body;
        if (raw.includes(CANARY) || /\[native code\]/.test(raw))
          failures.push(`${name}: escape in the sent mail`);
        await t.call({ method: 'DELETE', url: '/api/mailroom/v1/messages' });
      }
      if (({} as Record<string, unknown>).polluted !== undefined)
        failures.push(`${name}: Object.prototype polluted`);
      const health = Date.now();
      const me = await t.call({ method: 'GET', url: '/api/v1/users/me' });
      slowestHealth = Math.max(slowestHealth, Date.now() - health);
      if (me.statusCode !== 200) failures.push(`${name}: server answered ${me.statusCode} afterwards`);
    }
    recordFigure({
      item: '5 Velocity sandbox',
      figure: `${corpus.length} hostile templates: ${outcomes.rejected} rejected with 400, ${outcomes.harmless} rendered harmlessly; 0 escapes${failures.length ? ` (${failures.length} failures)` : ''}; slowest ${slowest} ms (create+preview+send), health check ≤ ${slowestHealth} ms`,
      target: '≥ 50 templates, 0 escapes, ≤ 1 s per render, server responsive',
      pass: failures.length === 0 && corpus.length >= 50,
    });
    expect(failures).toEqual([]);
    expect(corpus.length).toBeGreaterThanOrEqual(50);
  }, 180_000);
});

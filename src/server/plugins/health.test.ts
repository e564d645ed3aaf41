import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/build-test-app';
import { HEALTH_PATH } from './health';

describe('GET /api/mailroom/v1/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A limit of 2 per window: a load balancer polling health must never be counted, let alone refused.
    t = await buildTestApp({ RATE_LIMIT: '2' });
  });
  afterAll(async () => {
    await t.close();
  });

  const health = () => t.call({ method: 'GET', url: HEALTH_PATH, token: null });

  it('answers {"status":"ok"} without credentials and without rate limiting', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await health();
      expect(res.statusCode).toBe(200);
      // Exactly this: nothing about versions, paths, counts or configuration.
      expect(res.body).toBe('{"status":"ok"}');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-rate-limit-remaining']).toBeUndefined();
    }
  });

  it('answers 503 naming the check that failed: the SMTP catcher, then the database too', async () => {
    await t.app.mailroom.catcher.close();
    const catcherDown = await health();
    expect(catcherDown.statusCode).toBe(503);
    expect(catcherDown.json()).toEqual({ status: 'unavailable', failed: ['smtpCatcher'] });

    await t.app.mailroom.db.close();
    const bothDown = await health();
    expect(bothDown.statusCode).toBe(503);
    expect(bothDown.json()).toEqual({ status: 'unavailable', failed: ['database', 'smtpCatcher'] });
  });
});

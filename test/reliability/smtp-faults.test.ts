import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectOktaError, type TestApp } from '../support/build-test-app';
import { recordFigure, STRESS } from './figures';
import { startFaultServers, type FaultServer } from './smtp-fault-servers';

/**
 * Item 8: SMTP servers that refuse, stall, drop mid-DATA, reject the credentials or present a bad certificate.
 * The server test answers E0000223/E0000224 and a send records a failed delivery, each within the 10 s bound.
 */
const BOUND_MS = 11_000;

describe('8. SMTP faults', () => {
  let t: TestApp;
  let faults: FaultServer[];
  beforeAll(async () => {
    t = await buildTestApp();
    faults = await startFaultServers();
  });
  afterAll(async () => {
    await Promise.all(faults.map((f) => f.close()));
    await t.close();
  });

  it('test and send end within their timeout with E0000223/E0000224 or a failed delivery, never hang', async () => {
    const problems: string[] = [];
    const timings: string[] = [];
    const servers = new Map<string, string>();
    for (const fault of faults) {
      const res = await t.call({
        method: 'POST',
        url: '/api/v1/email-servers',
        payload: {
          alias: fault.name.slice(0, 40),
          host: '127.0.0.1',
          port: fault.port,
          username: 'u',
          password: 'wrong-pass',
        },
      });
      servers.set(fault.name, res.json().id);
    }

    // Every server's test at once: the slow faults end on the socket timeouts, in parallel.
    await Promise.all(
      faults.map(async (fault) => {
        const started = Date.now();
        const res = await t.call({
          method: 'POST',
          url: `/api/v1/email-servers/${servers.get(fault.name)}/test`,
          payload: { fromAddress: 'a@example.com', toAddress: 'b@example.com' },
        });
        const ms = Date.now() - started;
        timings.push(`${fault.name}: ${(ms / 1000).toFixed(1)} s`);
        if (ms > BOUND_MS) problems.push(`test, ${fault.name}: ${ms} ms`);
        try {
          expectOktaError(res, 400, fault.kind === 'auth' ? 'E0000224' : 'E0000223');
        } catch {
          problems.push(`test, ${fault.name}: ${res.statusCode} ${res.body.slice(0, 150)}`);
        }
      }),
    );

    // Sends go through the one enabled server, so one fault at a time (the slow ones only under STRESS).
    let sends = 0;
    for (const fault of faults.filter((f) => STRESS || !f.slow)) {
      const id = servers.get(fault.name)!;
      await t.call({ method: 'PATCH', url: `/api/v1/email-servers/${id}`, payload: { enabled: true } });
      const started = Date.now();
      const res = await t.call({
        method: 'POST',
        url: `/api/v1/brands/${t.defaultBrandId}/templates/email/AccountLockout/test`,
      });
      const ms = Date.now() - started;
      sends++;
      if (ms > BOUND_MS) problems.push(`send, ${fault.name}: ${ms} ms`);
      if (res.statusCode !== 204 || !/outcome=FAILURE/.test(String(res.headers['x-mailroom-delivery'])))
        problems.push(`send, ${fault.name}: ${res.statusCode} ${String(res.headers['x-mailroom-delivery'])}`);
      await t.call({ method: 'PATCH', url: `/api/v1/email-servers/${id}`, payload: { enabled: false } });
    }
    const deliveries = (await t.call({ method: 'GET', url: '/api/mailroom/v1/deliveries' })).json()
      .deliveries;
    const failed = deliveries.filter((d: { outcome: string }) => d.outcome === 'FAILURE').length;
    const alive = await t.call({ method: 'GET', url: '/api/v1/users/me' });

    recordFigure({
      item: '8 SMTP faults',
      figure: `${faults.length} faults × test, ${sends} sends: ${problems.length} problems, ${failed} failed deliveries recorded; ${timings.sort().join('; ')}`,
      target: 'E0000223/E0000224 or a recorded failed delivery, each ≤ 11 s, no hang or crash',
      pass: problems.length === 0 && alive.statusCode === 200,
    });
    expect(problems).toEqual([]);
    expect(failed).toBeGreaterThanOrEqual(faults.length + sends);
    expect(alive.statusCode).toBe(200);
  }, 120_000);
});

import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningApp } from '../support/listening-app';
import type { TestApp } from '../support/build-test-app';
import { recordFigure, size, STRESS } from './figures';
import { badRequest, type FuzzRequest } from './fuzz-generators';
import { httpClient, oktaErrorProblems, runPool, SEED, seededRandom, type RawResponse } from './http';
import { apiRoutes, fixtureIds } from './route-table';

/**
 * Item 3: generated bad requests across every endpoint of the route table. No 5xx, every error an Okta error
 * object with the status its kind calls for, and the heap back near where it started. The fast variant goes
 * through `app.inject`; the stress variant sends 10,000+ over real HTTP connections.
 */
function gcHeapMb(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

describe('3. fuzzing', () => {
  let t: TestApp & { url: string };
  beforeAll(async () => {
    t = await startListeningApp({ RATE_LIMIT: '0', AUTH_FAILURE_LIMIT: '0', MAX_EMAIL_SERVERS: '10000' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('bad requests on every endpoint: 0 × 5xx, Okta error objects with the right status, bounded memory', async () => {
    const total = size(2000, 12_000);
    const rnd = seededRandom(SEED);
    const routes = apiRoutes(t.app);
    const ids = await fixtureIds(t);
    const client = httpClient(t.url, 16);
    const send = async (r: FuzzRequest): Promise<RawResponse> => {
      if (STRESS) return client.send({ method: r.method, path: r.url, headers: r.headers, body: r.body });
      const started = performance.now();
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: r.url,
        headers: r.headers,
        payload: r.body,
      });
      return {
        status: res.statusCode,
        headers: res.headers as RawResponse['headers'],
        body: res.body,
        ms: performance.now() - started,
      };
    };

    const heapBefore = gcHeapMb();
    const problems: string[] = [];
    const byKind = new Map<string, number>();
    let fiveXX = 0;
    let slowest = 0;
    // Generated lazily: the requests themselves (1 MB bodies included) must not count against the heap bound.
    const nextRequest = (i: number) => {
      const route = routes[i % routes.length];
      const methods = routes.filter((r) => r.url === route.url).map((r) => r.method);
      return badRequest(route, ids, t.token, rnd, methods);
    };
    await runPool(
      Array.from({ length: total }, (_, i) => async () => {
        const r = nextRequest(i);
        byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
        let res: RawResponse;
        try {
          res = await send(r);
        } catch (error) {
          problems.push(`${r.kind} ${r.method} ${r.url.slice(0, 100)}: ${String(error)}`);
          return;
        }
        slowest = Math.max(slowest, res.ms);
        const where = `${r.kind} ${r.method} ${r.url.slice(0, 100)} → ${res.status}`;
        if (res.status >= 500) {
          fiveXX++;
          problems.push(`${where}: ${res.body.slice(0, 200)}`);
          return;
        }
        // Each kind names the statuses (and error codes) that are right for it; nothing else is.
        if (!r.expect.includes(res.status)) problems.push(`${where}: want ${r.expect.join('/')}`);
        if (res.status < 400) return;
        const shape = oktaErrorProblems(res);
        if (shape.length) problems.push(`${where}: ${shape.join(', ')}`);
        const code = JSON.parse(res.body || '{}').errorCode;
        if (r.codes && !r.codes.includes(code))
          problems.push(`${where}: code ${code}, want ${r.codes.join('/')}`);
      }),
      16,
    );
    client.close();
    const heapAfter = gcHeapMb();
    const stillAnswers = await t.call({ method: 'GET', url: '/api/v1/users/me' });
    const growth = heapAfter - heapBefore;

    recordFigure({
      item: '3 fuzzing',
      figure:
        `${total} bad requests over ${routes.length} endpoints (${STRESS ? 'real HTTP' : 'inject'}, seed ${SEED}), ${byKind.size} kinds; ` +
        `${fiveXX}×5xx, ${problems.length} wrong answers; heap ${heapBefore.toFixed(0)}→${heapAfter.toFixed(0)} MB; slowest ${slowest.toFixed(0)} ms`,
      target: '0×5xx, every error an Okta error with the right status, heap growth < 64 MB',
      pass: problems.length === 0 && growth < 64 && stillAnswers.statusCode === 200,
    });
    expect(problems.slice(0, 20)).toEqual([]);
    expect(fiveXX).toBe(0);
    expect(growth).toBeLessThan(64);
    expect(stillAnswers.statusCode).toBe(200);
  }, 600_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningApp } from '../support/listening-app';
import type { TestApp } from '../support/build-test-app';
import { recordFigure, size } from './figures';
import { httpClient, runPool, SEED, seededRandom, type RawResponse } from './http';
import {
  customizationProblems,
  operationRequest,
  undocumented,
  type Customization,
  type OperationInput,
} from './invariants';

/**
 * Item 1: many HTTP connections hammer one template (and the email servers) with random writes on a real
 * listening server. Every snapshot and the final state keep Okta's invariants; every answer is documented.
 */
const TEMPLATE = 'AccountLockout';
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'ja'];
const RECIPIENTS = ['ALL_USERS', 'ADMINS_ONLY', 'NO_USERS'];

describe('1. concurrency', () => {
  let t: TestApp & { url: string };
  let client: ReturnType<typeof httpClient>;
  /** Who acts, and on which template. */
  let into: OperationInput;
  beforeAll(async () => {
    t = await startListeningApp({ RATE_LIMIT: '0', LOG_LEVEL: 'silent' });
    client = httpClient(t.url, 32);
    into = { token: t.token, brandId: t.defaultBrandId, templateName: TEMPLATE };
  });
  afterAll(async () => {
    client.close();
    await t.close();
  });

  it('random concurrent customization writes keep one default and one per language, with documented answers', async () => {
    const rnd = seededRandom(SEED);
    const total = size(2000, 10_000);
    const ids: string[] = [];
    const statuses = new Map<string, number>();
    const wrong: string[] = [];
    const broken: string[] = [];
    const isDefault = () => rnd.pick([undefined, undefined, true, false]);
    const content = (language: string) => ({
      language,
      subject: `Locked (${language}) \${org.name}`,
      body: `<p>${language}: \${user.profile.firstName}, ${rnd.int(1e9)}</p>`,
      isDefault: isDefault(),
    });

    const operations = Array.from({ length: total }, () => {
      const roll = rnd.next();
      const op =
        roll < 0.3
          ? 'create'
          : roll < 0.5
            ? 'replace'
            : roll < 0.68
              ? 'delete'
              : roll < 0.73
                ? 'deleteAll'
                : roll < 0.83
                  ? 'settings'
                  : 'list';
      const language = rnd.pick(LANGUAGES);
      // Every random choice is made here, up front, so SEED replays the same operations; only which ids exist
      // when an operation runs depends on timing.
      const pick = rnd.next();
      const payload = content(language);
      const recipients = rnd.pick(RECIPIENTS);
      return async () => {
        const res = await client.send(
          operationRequest(op, {
            ...into,
            customizationId: ids.length ? ids[Math.floor(pick * ids.length)] : undefined,
            customization: payload,
            recipients,
          }),
        );
        if (op === 'create' && res.status === 201) ids.push(JSON.parse(res.body).id);
        if (op === 'list' && res.status === 200) broken.push(...customizationProblems(JSON.parse(res.body)));
        statuses.set(String(res.status), (statuses.get(String(res.status)) ?? 0) + 1);
        const problem = undocumented(op, res);
        if (problem) wrong.push(problem);
      };
    });

    const started = performance.now();
    await runPool(operations, 32);
    const seconds = (performance.now() - started) / 1000;
    const final: Customization[] = JSON.parse((await client.send(operationRequest('list', into))).body);
    broken.push(...customizationProblems(final).map((p) => `final: ${p}`));
    const fiveXX = [...statuses].filter(([s]) => s.startsWith('5')).reduce((n, [, c]) => n + c, 0);
    const pass = fiveXX === 0 && wrong.length === 0 && broken.length === 0;
    recordFigure({
      item: '1 concurrency: customizations',
      figure:
        `${total} ops on 32 connections in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ` +
        [...statuses]
          .sort()
          .map(([s, n]) => `${s}×${n}`)
          .join(' ') +
        `; ${fiveXX}×5xx, ${wrong.length} undocumented, ${broken.length} invariant breaks`,
      target: '0×5xx, every answer documented, 1 default and ≤1 per language at every snapshot',
      pass,
    });
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(broken.slice(0, 10)).toEqual([]);
    expect(fiveXX).toBe(0);
  }, 120_000);

  it('concurrent enabling of email servers never leaves two enabled', async () => {
    const rnd = seededRandom(SEED + 1);
    const total = size(1000, 5000);
    const ids: string[] = [];
    const wrong: string[] = [];
    const broken: string[] = [];
    let fiveXX = 0;
    const serverBody = (enabled: boolean) => ({
      alias: `Relay ${rnd.int(1e6)}`,
      host: 'smtp.example.com',
      port: 587,
      username: 'mailer',
      password: 'concurrency-pass',
      enabled,
    });
    const enabledCount = (res: RawResponse) =>
      (JSON.parse(res.body)['email-servers'] as { enabled: boolean }[]).filter((s) => s.enabled).length;

    const operations = Array.from({ length: total }, () => {
      const roll = rnd.next();
      const op =
        roll < 0.15
          ? 'createServer'
          : roll < 0.55
            ? 'enable'
            : roll < 0.7
              ? 'disable'
              : roll < 0.78
                ? 'deleteServer'
                : 'listServers';
      const enabled = rnd.chance(0.5);
      // Decided up front, as above.
      const pick = rnd.next();
      const server = serverBody(enabled);
      return async () => {
        const res = await client.send(
          operationRequest(op, {
            ...into,
            serverId: ids.length ? ids[Math.floor(pick * ids.length)] : undefined,
            server,
          }),
        );
        if (op === 'createServer' && res.status === 201) ids.push(JSON.parse(res.body).id);
        if (op === 'listServers' && res.status === 200 && enabledCount(res) > 1)
          broken.push(`${enabledCount(res)} enabled`);
        if (res.status >= 500) fiveXX++;
        const problem = undocumented(op, res);
        if (problem) wrong.push(problem);
      };
    });
    await runPool(operations, 32);
    const final = await client.send(operationRequest('listServers', into));
    if (enabledCount(final) > 1) broken.push(`final: ${enabledCount(final)} enabled`);
    recordFigure({
      item: '1 concurrency: email servers',
      figure: `${total} ops on 32 connections; ${fiveXX}×5xx, ${wrong.length} undocumented, max enabled seen ${broken.length ? '>1' : '≤1'}`,
      target: 'never two enabled, 0×5xx, documented answers',
      pass: fiveXX === 0 && wrong.length === 0 && broken.length === 0,
    });
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(broken).toEqual([]);
    expect(fiveXX).toBe(0);
  }, 120_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../support/child-server';
import { TEST_STORE, testDatabase } from '../support/test-store';
import { MIGRATIONS } from '../../src/server/db/migrations';
import { recordFigure, size } from './figures';
import { httpClient, runPool, SEED, seededRandom } from './http';
import { customizationProblems, operationRequest, undocumented, type Customization } from './invariants';
import { EMAIL_TEMPLATES } from '../../src/shared/templates/catalog';
import { SUPPORTED_LANGUAGES } from '../../src/shared/templates/languages';

/**
 * Item 10: two Mailroom processes on one PostgreSQL, as behind a load balancer. Random concurrent customization and
 * email-server operations spread over both keep Okta's invariants at every snapshot (read from either replica and
 * from the database itself); a console session made on one works on the other; a token limited on one is limited
 * on the other; a replica killed outright mid-burst loses no acknowledged write. PostgreSQL only (the node-postgres
 * project); one SQLite file has one process.
 */
const TOKEN = '00ReplicaAdminToken000000000000000000000000';
const TEMPLATE = 'AccountLockout';
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'ja'];
const RECIPIENTS = ['ALL_USERS', 'ADMINS_ONLY', 'NO_USERS'];

interface Pair {
  replicas: ChildServer[];
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Two replicas on a fresh database, started at once (so they race to migrate and bootstrap). */
async function startPair(env: Record<string, string> = {}): Promise<Pair> {
  const database = await testDatabase();
  const secretKey = randomBytes(32).toString('base64');
  const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-replica-')));
  const replicas = await Promise.all(
    dirs.map((dir) => startChildServer(dir, TOKEN, { ...database.env, SECRET_KEY: secretKey, ...env })),
  );
  return {
    replicas,
    databaseUrl: database.env.DATABASE_URL,
    async stop() {
      await Promise.all(replicas.map((r) => r.stop()));
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const figureParts: string[] = [];
let allPass = true;
const note = (part: string, pass: boolean) => {
  figureParts.push(part);
  allPass &&= pass;
};

describe.skipIf(TEST_STORE !== 'postgres')('10. replicas', () => {
  let pair: Pair;
  let clients: ReturnType<typeof httpClient>[];
  let brandId: string;
  const auth = { authorization: `SSWS ${TOKEN}`, accept: 'application/json' };
  const json = { ...auth, 'content-type': 'application/json' };

  beforeAll(async () => {
    pair = await startPair();
    clients = pair.replicas.map((r) => httpClient(r.url, 16));
    const brands = await clients[0].send({ method: 'GET', path: '/api/v1/brands', headers: auth });
    brandId = JSON.parse(brands.body)[0].id;
  }, 60_000);

  afterAll(async () => {
    for (const client of clients ?? []) client.close();
    await pair?.stop();
    recordFigure({
      item: '10 replicas',
      figure: figureParts.join('; '),
      target:
        'migrate and bootstrap once; mail in every mailbox; 0×5xx, documented answers, invariants at every snapshot; sessions and limits shared; 0 acknowledged writes lost',
      pass: allPass && figureParts.length === 6,
    });
  });

  it('two replicas starting at once migrate once and bootstrap one org, one admin, one brand', async () => {
    const [counts] = await sql<Record<string, number>>(
      pair.databaseUrl,
      `SELECT (SELECT count(*) FROM org)::int AS org, (SELECT count(*) FROM users)::int AS users,
              (SELECT count(*) FROM api_tokens)::int AS tokens, (SELECT count(*) FROM brands)::int AS brands,
              (SELECT version FROM mailroom_schema) AS schema`,
    );
    const once = { org: 1, users: 1, tokens: 1, brands: 1, schema: MIGRATIONS.length };
    note(
      `both started at once: schema ${counts.schema} of ${MIGRATIONS.length}, ${counts.org} org, ${counts.users} admin, ${counts.tokens} token, ${counts.brands} brand`,
      JSON.stringify(counts) === JSON.stringify(once),
    );
    expect(counts).toEqual(once);
    for (const replica of pair.replicas) {
      expect((await replica.api('GET', '/api/v1/brands')).data).toHaveLength(1);
    }
  });

  it('mail one replica’s SMTP catcher receives is in every replica’s mailbox', async () => {
    const [a, b] = pair.replicas;
    // A test email goes out on the default route: replica 1's own catcher, which stores it before it says 250.
    const sent = await a.api('POST', `/api/v1/brands/${brandId}/templates/email/${TEMPLATE}/test`);
    expect(sent.status).toBe(204);
    type Listing = { id: string; subject: string }[];
    const onA = (await a.api<Listing>('GET', '/api/mailroom/v1/messages')).data;
    const onB = (await b.api<Listing>('GET', '/api/mailroom/v1/messages')).data;
    const opened = onA[0]
      ? await b.api<{ html: string }>('GET', `/api/mailroom/v1/messages/${onA[0].id}`)
      : undefined;
    note(
      `a test email caught by replica 1 is listed by replica 2 (${onB.length} of ${onA.length}) and opens there (${opened?.status})`,
      onA.length === 1 && JSON.stringify(onB) === JSON.stringify(onA) && opened?.status === 200,
    );
    expect(onA).toHaveLength(1);
    expect(onB).toEqual(onA);
    expect(opened?.status).toBe(200);
  });

  it('random concurrent operations over both replicas keep every invariant at every snapshot', async () => {
    const rnd = seededRandom(SEED);
    const total = size(2000, 10_000);
    const base = `/api/v1/brands/${brandId}/templates/email/${TEMPLATE}`;
    const customizationIds: string[] = [];
    const serverIds: string[] = [];
    const statuses = new Map<string, number>();
    const wrong: string[] = [];
    const broken: string[] = [];
    let snapshots = 0;

    const snapshot = async (client: ReturnType<typeof httpClient>) => {
      snapshots++;
      const list = await client.send({
        method: 'GET',
        path: `${base}/customizations?limit=200`,
        headers: auth,
      });
      if (list.status === 200)
        broken.push(...customizationProblems(JSON.parse(list.body) as Customization[]));
      const servers = await client.send({ method: 'GET', path: '/api/v1/email-servers', headers: auth });
      if (servers.status === 200) {
        const enabled = (JSON.parse(servers.body)['email-servers'] as { enabled: boolean }[]).filter(
          (s) => s.enabled,
        ).length;
        if (enabled > 1) broken.push(`${enabled} servers enabled`);
      }
    };

    const operations = Array.from({ length: total }, (_, i) => {
      const client = clients[rnd.int(2)];
      const roll = rnd.next();
      const language = rnd.pick(LANGUAGES);
      const pick = rnd.next();
      const isDefault = rnd.pick([undefined, undefined, true, false]);
      const recipients = rnd.pick(RECIPIENTS);
      const enabled = rnd.chance(0.5);
      const alias = `Relay ${rnd.int(1e6)}`;
      const op =
        roll < 0.22
          ? 'create'
          : roll < 0.36
            ? 'replace'
            : roll < 0.48
              ? 'delete'
              : roll < 0.51
                ? 'deleteAll'
                : roll < 0.57
                  ? 'settings'
                  : roll < 0.62
                    ? 'createServer'
                    : roll < 0.78
                      ? rnd.chance(0.6)
                        ? 'enable'
                        : 'disable'
                      : roll < 0.81
                        ? 'deleteServer'
                        : roll < 0.9
                          ? 'list'
                          : 'listServers';
      return async () => {
        const res = await client.send(
          operationRequest(op, {
            token: TOKEN,
            brandId,
            templateName: TEMPLATE,
            customizationId: customizationIds.length
              ? customizationIds[Math.floor(pick * customizationIds.length)]
              : undefined,
            serverId: serverIds.length ? serverIds[Math.floor(pick * serverIds.length)] : undefined,
            customization: {
              language,
              subject: `Locked (${language}) \${org.name}`,
              body: `<p>${language}: \${user.profile.firstName}, ${i}</p>`,
              isDefault,
            },
            recipients,
            server: {
              alias,
              host: 'smtp.example.com',
              port: 587,
              username: 'mailer',
              password: 'replica-pass',
              enabled,
            },
          }),
        );
        if (op === 'create' && res.status === 201) customizationIds.push(JSON.parse(res.body).id);
        if (op === 'createServer' && res.status === 201) serverIds.push(JSON.parse(res.body).id);
        if (op === 'list' && res.status === 200) broken.push(...customizationProblems(JSON.parse(res.body)));
        statuses.set(String(res.status), (statuses.get(String(res.status)) ?? 0) + 1);
        const problem = undocumented(op, res);
        if (problem) wrong.push(problem);
        // A snapshot from both replicas every 200 operations, while the others are still in flight.
        if (i % 200 === 199) await Promise.all(clients.map(snapshot));
      };
    });

    const started = performance.now();
    await runPool(operations, 32);
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(clients.map(snapshot));
    // And the database itself, below the API.
    const rows = await sql<{ language: string; is_default: number }>(
      pair.databaseUrl,
      `SELECT language, is_default FROM customizations WHERE template_name = '${TEMPLATE}'`,
    );
    broken.push(
      ...customizationProblems(
        rows.map((r, n) => ({ id: String(n), language: r.language, isDefault: r.is_default === 1 })),
      ).map((p) => `database: ${p}`),
    );
    const [enabled] = await sql<{ n: number }>(
      pair.databaseUrl,
      'SELECT count(*)::int AS n FROM email_servers WHERE enabled = 1',
    );
    if (enabled.n > 1) broken.push(`database: ${enabled.n} servers enabled`);
    const fiveXX = [...statuses].filter(([s]) => s.startsWith('5')).reduce((n, [, c]) => n + c, 0);
    const pass = fiveXX === 0 && wrong.length === 0 && broken.length === 0;
    note(
      `${total} ops over 2 replicas on 32 connections in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ` +
        [...statuses]
          .sort()
          .map(([s, n]) => `${s}×${n}`)
          .join(' ') +
        `; ${snapshots} snapshots; ${fiveXX}×5xx, ${wrong.length} undocumented, ${broken.length} invariant breaks`,
      pass,
    );
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(broken.slice(0, 10)).toEqual([]);
    expect(fiveXX).toBe(0);
  }, 180_000);

  it('a console session made on one replica works on the other, CSRF token included', async () => {
    const [a, b] = pair.replicas;
    const signIn = await fetch(`${a.url}/api/mailroom/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: a.url },
      body: JSON.stringify({ token: TOKEN }),
    });
    expect(signIn.status).toBe(201);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const me = await fetch(`${b.url}/api/v1/users/me`, { headers: { cookie } });
    const write = await fetch(`${b.url}/api/v1/brands/${brandId}/templates/email/${TEMPLATE}/settings`, {
      method: 'PUT',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ recipients: 'ALL_USERS' }),
    });
    const signOut = await fetch(`${b.url}/api/mailroom/v1/session`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    const afterSignOut = await fetch(`${a.url}/api/v1/users/me`, { headers: { cookie } });
    note(
      `session from replica 1 on replica 2: read ${me.status}, write ${write.status}; signed out on 2, replica 1 answers ${afterSignOut.status}`,
      me.status === 200 && write.status === 200 && afterSignOut.status === 401,
    );
    expect([me.status, write.status, signOut.status, afterSignOut.status]).toEqual([200, 200, 204, 401]);
  });

  it('a token limited on one replica is limited on the other (Okta counts per org)', async () => {
    const limited = await startPair({
      RATE_LIMIT: '10',
      AUTH_FAILURE_LIMIT: '6',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    });
    try {
      const [a, b] = limited.replicas;
      const get = (replica: ChildServer, token = TOKEN) =>
        fetch(`${replica.url}/api/v1/email-servers`, { headers: { authorization: `SSWS ${token}` } });
      const statuses: number[] = [];
      const remaining: string[] = [];
      // Alternate replicas: 12 requests, 6 on each; the limit is 10 for the org.
      for (let i = 0; i < 12; i++) {
        const res = await get(i % 2 ? b : a);
        statuses.push(res.status);
        remaining.push(res.headers.get('x-rate-limit-remaining') ?? '?');
      }
      // Failed sign-ins from one address count together too: 3 on each replica use up 6.
      for (let i = 0; i < 6; i++) await get(i % 2 ? b : a, `00wrong${i}`.padEnd(42, 'x'));
      const lockedOut = await fetch(`${a.url}/api/mailroom/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: a.url },
        body: JSON.stringify({ token: TOKEN }),
      });
      const expected = [...Array(10).fill(200), 429, 429];
      note(
        `limit 10 over both: statuses ${statuses.join(',')}, remaining ${remaining.join(',')}; 6 failures split over both lock the address out on each (${lockedOut.status})`,
        JSON.stringify(statuses) === JSON.stringify(expected) && lockedOut.status === 429,
      );
      expect(statuses).toEqual(expected);
      expect(remaining.slice(0, 10)).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']);
      expect(lockedOut.status).toBe(429);
    } finally {
      await limited.stop();
    }
  }, 60_000);

  it('SIGKILL of one replica mid-burst loses no acknowledged write', async () => {
    const [victim, survivor] = pair.replicas;
    const rnd = seededRandom(SEED + 10);
    const acknowledged: string[] = [];
    let inFlightAtKill = 0;
    let inFlight = 0;
    let failedWithKill = 0;
    const killAt = 300 + rnd.int(700);
    // Every (template, language) pair once: each write is a create that can only succeed once, so an acknowledged
    // one is a row that must be there.
    const jobs = EMAIL_TEMPLATES.filter((t) => t.name !== TEMPLATE).flatMap((t) =>
      SUPPORTED_LANGUAGES.map((language) => ({ template: t.name, language: language.tag })),
    );
    const started = performance.now();
    const killed = (async () => {
      await new Promise((resolve) => setTimeout(resolve, killAt));
      inFlightAtKill = inFlight;
      await victim.kill();
    })();
    const write = async (replica: ChildServer, job: { template: string; language: string }) => {
      inFlight++;
      const path = `/api/v1/brands/${brandId}/templates/email/${job.template}/customizations`;
      try {
        const res = await fetch(`${replica.url}${path}`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            language: job.language,
            subject: `S ${job.language}`,
            body: `<p>${job.language}</p>`,
          }),
        });
        if (res.status === 201) {
          const { id } = (await res.json()) as { id: string };
          acknowledged.push(`${path}/${id}`);
        }
      } catch {
        failedWithKill++;
      } finally {
        inFlight--;
      }
    };
    // 8 at a time, alternating replicas, until well after the kill; the victim's share fails once it is gone.
    let next = 0;
    await runPool(
      Array.from({ length: 8 }, () => async () => {
        while (next < jobs.length && performance.now() - started < killAt + 700) {
          const n = next++;
          await write(n % 2 ? survivor : victim, jobs[n]);
        }
      }),
      8,
    );
    await killed;
    let missing = 0;
    for (const written of acknowledged) {
      const res = await fetch(`${survivor.url}${written}`, { headers: auth });
      if (res.status !== 200) missing++;
    }
    const healthy = (await fetch(`${survivor.url}/api/mailroom/v1/health`)).status;
    note(
      `SIGKILL of replica 1 at ${killAt} ms (seed ${SEED}) with ${inFlightAtKill} requests in flight: ${acknowledged.length} acknowledged writes checked on replica 2, ${missing} missing; ${failedWithKill} requests to the killed replica failed; replica 2 health ${healthy}`,
      missing === 0 && healthy === 200,
    );
    expect(missing).toBe(0);
    expect(healthy).toBe(200);
  }, 60_000);
});

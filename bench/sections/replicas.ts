// 8. PostgreSQL and replicas: the read and write paths of section 1 and 2 on one SQLite process (the baseline),
// on one replica over PostgreSQL and on two replicas sharing it (load split evenly, as a load balancer would),
// each configuration measured in turn within every repeat. PostgreSQL is a throwaway cluster on this machine, so
// every process (autocannon, the replicas, PostgreSQL) shares its cores: the figures say what the store and a
// second process cost here, not what more machines would add.
import { randomBytes } from 'node:crypto';
import { defaultContent } from '../../src/shared/templates/default-content';
import { EMAIL_TEMPLATES } from '../../src/shared/templates/catalog';
import { createDatabase, startPostgresCluster } from '../../test/support/postgres-cluster';
import { load, type LoadResult } from '../lib/load';
import { startMailroom, type Mailroom } from '../lib/processes';
import { fmt, ratios, spread } from '../lib/stats';
import type { Row } from '../lib/table';
import {
  listPath,
  READ_CONNECTIONS,
  REPEATS,
  SECONDS,
  SLOT_LANGUAGES,
  WRITE_CONNECTIONS,
  writeCycle,
} from './api';

interface Setup {
  label: string;
  servers: Mailroom[];
}

/** Runs the same load on every server of a setup at once, connections split evenly; ok/s summed. */
async function together(
  setup: Setup,
  run: (server: Mailroom, connections: number, index: number) => Promise<LoadResult>,
  connections: number,
): Promise<LoadResult> {
  const each = Math.max(1, Math.floor(connections / setup.servers.length));
  const results = await Promise.all(setup.servers.map((server, i) => run(server, each, i)));
  return {
    okPerSec: results.reduce((n, r) => n + r.okPerSec, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    failures: results.reduce((n, r) => n + r.failures, 0),
    total: results.reduce((n, r) => n + r.total, 0),
  };
}

const read = (duration: number) => (server: Mailroom, connections: number) =>
  load({
    url: `${server.url}${listPath(server.brandId)}`,
    headers: { authorization: `SSWS ${server.token}` },
    connections,
    duration,
  });

/** Write cycles on templates of its own per server (no two connections ever contend for one customization). */
const templates = EMAIL_TEMPLATES.slice(0, WRITE_CONNECTIONS).map((t) => t.name);
const write = (setup: Setup, duration: number) => (server: Mailroom, connections: number, index: number) => {
  const mine = templates.filter((_, n) => n % setup.servers.length === index);
  const base = `/api/v1/brands/${server.brandId}/templates/email`;
  return load({
    url: server.url,
    connections,
    duration,
    requests: writeCycle(
      mine.flatMap((templateName) => SLOT_LANGUAGES.map((language) => ({ templateName, language }))),
      { create: (t) => `${base}/${t}/customizations`, item: (t, id) => `${base}/${t}/customizations/${id}` },
      { 'content-type': 'application/json', authorization: `SSWS ${server.token}` },
    ),
  });
};

/** Each template gets its `en` default once, and loses whatever an earlier run left mid-cycle. */
async function prepareWrites(server: Mailroom) {
  const base = `/api/v1/brands/${server.brandId}/templates/email`;
  for (const name of templates) {
    const list = await server.api<{ id: string; isDefault: boolean }[]>(
      'GET',
      `${base}/${name}/customizations`,
    );
    if (list.data.length === 0) {
      await server.api('POST', `${base}/${name}/customizations`, {
        language: 'en',
        subject: 'Default',
        body: defaultContent(name, 'en')!.body,
      });
    }
    for (const c of list.data.filter((c) => !c.isDefault))
      await server.api('DELETE', `${base}/${name}/customizations/${c.id}`);
  }
}

export async function replicaBench(): Promise<Row[]> {
  const cluster = await startPostgresCluster();
  const started: Mailroom[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const server = await startMailroom(env);
    started.push(server);
    return server;
  };
  try {
    const secretKey = randomBytes(32).toString('base64');
    const one = await createDatabase(cluster.url);
    const two = await createDatabase(cluster.url);
    const pgEnv = (url: string) => ({ DATABASE_URL: url, SECRET_KEY: secretKey });
    const setups: Setup[] = [
      { label: 'SQLite, 1 process', servers: [await start()] },
      { label: 'PostgreSQL, 1 replica', servers: [await start(pgEnv(one.url))] },
      {
        label: 'PostgreSQL, 2 replicas',
        servers: await Promise.all([start(pgEnv(two.url)), start(pgEnv(two.url))]),
      },
    ];

    const results = new Map<string, { read: LoadResult[]; write: LoadResult[] }>(
      setups.map((s) => [s.label, { read: [], write: [] }]),
    );
    // Warm-up (JIT, page caches, connection pools), not recorded.
    for (const setup of setups) {
      await prepareWrites(setup.servers[0]);
      await together(setup, read(2), READ_CONNECTIONS);
      await together(setup, write(setup, 2), WRITE_CONNECTIONS);
    }
    for (let r = 0; r < REPEATS; r++) {
      for (const setup of setups) {
        results.get(setup.label)!.read.push(await together(setup, read(SECONDS), READ_CONNECTIONS));
        await prepareWrites(setup.servers[0]);
        results.get(setup.label)!.write.push(await together(setup, write(setup, SECONDS), WRITE_CONNECTIONS));
      }
    }

    const baseline = results.get(setups[0].label)!;
    const rows: Row[] = [];
    for (const kind of ['read', 'write'] as const) {
      const base = baseline[kind].map((r) => r.okPerSec);
      for (const setup of setups.slice(1)) {
        const runs = results.get(setup.label)![kind];
        const values = runs.map((r) => r.okPerSec);
        const failures = runs.reduce((n, r) => n + r.failures, 0);
        const p99 = spread(runs.map((r) => r.p99));
        rows.push({
          area: '8. Replicas',
          measure:
            kind === 'read'
              ? `${setup.label}: GET templates, ${READ_CONNECTIONS} conn in all: req/s (p99)`
              : `${setup.label}: create + replace + delete, ${WRITE_CONNECTIONS} conn in all: writes/s (p99)`,
          value:
            `${fmt(spread(values), 0)} (${fmt(p99, 0, ' ms')})` + (failures ? ` [${failures} failures]` : ''),
          baseline: `${setups[0].label}: ${fmt(spread(base), 0)}`,
          ratio: fmt(spread(ratios(values, base)), 2, '×'),
          target: 'figure only',
          verdict: failures === 0 ? '' : 'missed',
          data: {
            kind,
            setup: setup.label,
            perSec: spread(values),
            baselinePerSec: spread(base),
            p99,
            failures,
          },
        });
      }
    }
    return rows;
  } finally {
    await Promise.all(started.map((s) => s.stop()));
    cluster.stop();
  }
}

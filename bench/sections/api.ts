// 1. API read path, 2. API write path and 6. memory, against the real server (`src/server/main.ts` in a child
// process) and bare Fastify baselines (bench/servers), with autocannon in this process. Baseline and subject
// runs alternate, and each ratio pairs runs that were measured back to back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { defaultContent } from '../../src/shared/templates/default-content';
import { EMAIL_TEMPLATES } from '../../src/shared/templates/catalog';
import { load, type LoadResult } from '../lib/load';
import {
  processTree,
  startBaseline,
  ADMIN_TOKEN,
  startNpmStart,
  type Child,
  type Mailroom,
  type TreeProcess,
} from '../lib/processes';
import { fmt, ratios, sleep, spread } from '../lib/stats';
import { verdict, type Row } from '../lib/table';

export const REPEATS = 3;
export const SECONDS = 5;
export const READ_CONNECTIONS = 50;
export const WRITE_CONNECTIONS = 20;
const MB = 1024 * 1024;

export const listPath = (brandId: string) =>
  `/api/v1/brands/${brandId}/templates/email?expand=settings,customizationCount&limit=20`;

/** The "same run: p99 latency" row of a paired load test, against the baseline's p99. */
function p99Row(
  area: string,
  runs: { subject: LoadResult[]; baseline: LoadResult[] },
  baselineLabel: string,
  targetMs: number,
): Row {
  const subject = runs.subject.map((r) => r.p99);
  const baseline = runs.baseline.map((r) => r.p99);
  const p99 = spread(subject);
  const baseP99 = spread(baseline);
  return {
    area,
    measure: 'same run: p99 latency',
    value: fmt(p99, 0, ' ms'),
    baseline: `${baselineLabel}: ${fmt(baseP99, 0, ' ms')}`,
    ratio: fmt(spread(ratios(subject, baseline)), 1, '×'),
    target: `≤ ${targetMs} ms`,
    verdict: verdict(p99.median <= targetMs),
    data: { p99Ms: p99, baselineP99Ms: baseP99 },
  };
}

async function pairedRuns(
  subject: () => Promise<LoadResult>,
  baseline: () => Promise<LoadResult>,
): Promise<{ subject: LoadResult[]; baseline: LoadResult[] }> {
  // Warm-up of both (JIT, SQLite page cache), not recorded.
  await subject();
  await baseline();
  const out = { subject: [] as LoadResult[], baseline: [] as LoadResult[] };
  for (let r = 0; r < REPEATS; r++) {
    out.baseline.push(await baseline());
    out.subject.push(await subject());
  }
  return out;
}

const warm = { duration: 2 };

// ---- 1. read path ---------------------------------------------------------------------------------------------

export async function readBench(server: Mailroom): Promise<Row[]> {
  const apiPath = listPath(server.brandId);
  const response = await fetch(`${server.url}${apiPath}`, {
    headers: { Authorization: `SSWS ${server.token}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const items = (JSON.parse(bytes.toString()) as unknown[]).length;
  if (items !== 20) throw new Error(`read path: expected 20 templates, got ${items}`);
  const bodyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-bench-')), 'list.json');
  fs.writeFileSync(bodyFile, bytes);
  const bare = await startBaseline('bare-read.ts', { BODY_FILE: bodyFile });
  try {
    const run =
      (url: string, headers: Record<string, string>, first = false) =>
      () =>
        load({
          url: `${url}${apiPath}`,
          headers,
          connections: READ_CONNECTIONS,
          ...(first ? warm : { duration: SECONDS }),
        });
    await run(server.url, { authorization: `SSWS ${server.token}` }, true)();
    await run(bare.url, {}, true)();
    const runs = await pairedRuns(
      run(server.url, { authorization: `SSWS ${server.token}` }),
      run(bare.url, {}),
    );
    const failures = runs.subject.reduce((n, r) => n + r.failures, 0);
    const rps = runs.subject.map((r) => r.okPerSec);
    const baseRps = runs.baseline.map((r) => r.okPerSec);
    const ratio = spread(ratios(rps, baseRps));
    return [
      {
        area: '1. API read',
        measure: `GET templates (20, expand=settings,customizationCount), ${READ_CONNECTIONS} conn: req/s`,
        value: fmt(spread(rps), 0) + (failures ? ` [${failures} failures]` : ''),
        baseline: `bare Fastify, same ${bytes.length} bytes: ${fmt(spread(baseRps), 0)}`,
        ratio: fmt(ratio, 2, '×'),
        target: '≥ 0.5×',
        verdict: verdict(ratio.median >= 0.5 && failures === 0),
        data: { reqPerSec: spread(rps), baselineReqPerSec: spread(baseRps), ratio, failures },
      },
      p99Row('1. API read', runs, 'bare Fastify', 20),
    ];
  } finally {
    await bare.stop();
  }
}

// ---- 2. write path --------------------------------------------------------------------------------------------

/**
 * create (POST) → replace (PUT) → delete (DELETE) of one customization, looping on each connection. Each cycle
 * takes a free (template, language) slot so connections never collide (every template keeps its `en` default,
 * which can't be deleted); the slot goes back to the pool after the delete.
 */
export function writeCycle(
  pool: { templateName: string; language: string }[],
  paths: {
    create: (templateName: string) => string;
    item: (templateName: string, id: string) => string;
  },
  headers: Record<string, string>,
): autocannon.Request[] {
  interface Ctx {
    slot?: { templateName: string; language: string };
    id?: string;
  }
  const bodyFor = (slot: { templateName: string; language: string }, subject: string) =>
    JSON.stringify({
      language: slot.language,
      subject,
      body: defaultContent(slot.templateName, slot.language)!.body,
    });
  const giveBack = (context: Ctx) => {
    if (context.slot) pool.push(context.slot);
    context.slot = undefined;
  };
  return [
    {
      method: 'POST',
      headers,
      setupRequest(request, raw) {
        const context = raw as Ctx;
        const slot = pool.shift();
        if (!slot) throw new Error('write bench: slot pool is empty');
        context.slot = slot;
        return {
          ...request,
          path: paths.create(slot.templateName),
          body: bodyFor(slot, 'Welcome, ${user.profile.firstName}'),
        };
      },
      onResponse(status, body, raw) {
        const context = raw as Ctx;
        if (status === 201) context.id = (JSON.parse(body) as { id: string }).id;
        else giveBack(context);
      },
    },
    {
      method: 'PUT',
      headers,
      setupRequest(request, raw) {
        const context = raw as Ctx;
        const slot = context.slot ?? { templateName: EMAIL_TEMPLATES[0].name, language: 'fr' };
        return {
          ...request,
          path: paths.item(slot.templateName, context.id ?? 'none'),
          body: bodyFor(slot, 'Bienvenue, ${user.profile.firstName}'),
        };
      },
    },
    {
      method: 'DELETE',
      setupRequest(request, raw) {
        const context = raw as Ctx;
        const slot = context.slot ?? { templateName: EMAIL_TEMPLATES[0].name, language: 'fr' };
        return {
          ...request,
          headers: { authorization: headers.authorization ?? '' },
          path: paths.item(slot.templateName, context.id ?? 'none'),
        };
      },
      onResponse(_status, _body, raw) {
        giveBack(raw as Ctx);
      },
    },
  ];
}

export const SLOT_LANGUAGES = ['fr', 'de', 'es'];

export async function writeBench(server: Mailroom): Promise<Row[]> {
  const templates = EMAIL_TEMPLATES.slice(0, WRITE_CONNECTIONS).map((t) => t.name);
  const base = `/api/v1/brands/${server.brandId}/templates/email`;
  for (const name of templates) {
    const created = await server.api('POST', `${base}/${name}/customizations`, {
      language: 'en',
      subject: 'Default',
      body: defaultContent(name, 'en')!.body,
    });
    if (created.status !== 201)
      throw new Error(`write bench setup: ${created.status} ${JSON.stringify(created.data)}`);
  }
  const makePool = () =>
    templates.flatMap((templateName) => SLOT_LANGUAGES.map((language) => ({ templateName, language })));
  const bare = await startBaseline('bare-write.ts');
  try {
    const json = { 'content-type': 'application/json' };
    // A run that ends mid-cycle leaves customizations behind: remove them so the next run's slots are free.
    const reset = async () => {
      for (const name of templates) {
        const list = await server.api<{ id: string; isDefault: boolean }[]>(
          'GET',
          `${base}/${name}/customizations`,
        );
        for (const c of list.data.filter((c) => !c.isDefault))
          await server.api('DELETE', `${base}/${name}/customizations/${c.id}`);
      }
    };
    const subject = (duration: number) => async () => {
      await reset();
      return load({
        url: server.url,
        connections: WRITE_CONNECTIONS,
        duration,
        requests: writeCycle(
          makePool(),
          {
            create: (t) => `${base}/${t}/customizations`,
            item: (t, id) => `${base}/${t}/customizations/${id}`,
          },
          { ...json, authorization: `SSWS ${server.token}` },
        ),
      });
    };
    const baseline = (duration: number) => () =>
      load({
        url: bare.url,
        connections: WRITE_CONNECTIONS,
        duration,
        requests: writeCycle(makePool(), { create: () => '/items', item: (_t, id) => `/items/${id}` }, json),
      });
    await subject(2)();
    await baseline(2)();
    const runs = await pairedRuns(subject(SECONDS), baseline(SECONDS));
    const failures = runs.subject.reduce((n, r) => n + r.failures, 0);
    const ops = runs.subject.map((r) => r.okPerSec);
    const baseOps = runs.baseline.map((r) => r.okPerSec);
    const ratio = spread(ratios(ops, baseOps));
    const opsSpread = spread(ops);
    return [
      {
        area: '2. API write',
        measure: `create + replace + delete customizations, ${WRITE_CONNECTIONS} conn: writes/s`,
        value: fmt(opsSpread, 0) + (failures ? ` [${failures} failures]` : ''),
        baseline: `bare Fastify + 1 SQLite write (WAL, sync=FULL): ${fmt(spread(baseOps), 0)}`,
        ratio: fmt(ratio, 2, '×'),
        target: '≥ 2,000 ops/s',
        verdict: verdict(opsSpread.median >= 2000 && failures === 0),
        data: { opsPerSec: opsSpread, baselineOpsPerSec: spread(baseOps), ratio, failures },
      },
      p99Row('2. API write', runs, 'bare', 50),
    ];
  } finally {
    await bare.stop();
  }
}

// ---- 6. memory ------------------------------------------------------------------------------------------------

/** A mix of what the console and API clients do: lists, reads, stock content, previews (renders) and writes. */
function mixedRequests(
  server: Pick<Mailroom, 'url' | 'token' | 'brandId'>,
  pool: { templateName: string; language: string }[],
): autocannon.Request[] {
  const auth = { authorization: `SSWS ${server.token}` };
  const base = `/api/v1/brands/${server.brandId}/templates/email`;
  const names = EMAIL_TEMPLATES.map((t) => t.name);
  let i = 0;
  const next = () => names[i++ % names.length];
  const get = (make: () => string): autocannon.Request => ({
    method: 'GET',
    headers: auth,
    setupRequest: (request) => ({ ...request, path: make() }),
  });
  return [
    get(() => listPath(server.brandId)),
    get(() => `${base}/${next()}?expand=settings,customizationCount`),
    get(() => `${base}/${next()}/customizations`),
    get(() => `${base}/${next()}/default-content?language=de`),
    get(() => `${base}/${next()}/default-content/preview?language=fr`),
    get(() => '/api/v1/email-servers'),
    get(() => '/api/v1/users/me'),
    ...writeCycle(
      pool,
      { create: (t) => `${base}/${t}/customizations`, item: (t, id) => `${base}/${t}/customizations/${id}` },
      { ...auth, 'content-type': 'application/json' },
    ),
  ];
}

type Target = Parameters<typeof mixedRequests>[0];

/** A write-cycle slot pool and a default customization for each of its templates (the first one becomes it). */
async function prepareMixed(server: Target) {
  const pool = EMAIL_TEMPLATES.slice(0, 20).flatMap((t) =>
    ['it', 'ja'].map((language) => ({ templateName: t.name, language })),
  );
  const base = `${server.url}/api/v1/brands/${server.brandId}/templates/email`;
  for (const t of EMAIL_TEMPLATES.slice(0, 20)) {
    const res = await fetch(`${base}/${t.name}/customizations`, {
      method: 'POST',
      headers: { authorization: `SSWS ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'en', subject: 'Default', body: defaultContent(t.name, 'en')!.body }),
    });
    if (res.status !== 201) throw new Error(`memory setup: ${res.status} ${await res.text()}`);
  }
  // One slot pool for every run: a cycle cut short keeps its slot, so the next run can't collide with it.
  return (amount: number) =>
    load({ url: server.url, connections: 10, amount, requests: mixedRequests(server, pool) });
}

const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
const processes = (n: number) => `${n} process${n === 1 ? '' : 'es'}`;

/**
 * What `npm start` leaves running (every process under npm, npm included), idle and after 10,000 mixed requests,
 * beside a bare Fastify process started with `node` and measured by the same walk of /proc, idle and after
 * 10,000 requests of its own; then the server's growth over the 10,000 after a warm-up.
 */
export async function memoryBench(): Promise<Row[]> {
  const npm = await startNpmStart();
  let bare: Child | undefined;
  try {
    bare = await startBaseline('bare-read.ts');
    await sleep(2000);
    const total = (t: TreeProcess[]) => t.reduce((sum, p) => sum + p.rss, 0);
    const name = (p: TreeProcess) =>
      p.pid === npm.pid ? 'npm' : (p.command.split(' ')[0].split('/').pop() ?? '?');
    const each = (t: TreeProcess[]) => t.map((p) => `${name(p)} ${mb(p.rss)}`).join(', ');
    const idleTree = npm.tree();
    const bareIdle = total(processTree(bare.pid));
    const idle = total(idleTree);
    const servers = idleTree.filter((p) => p.pid !== npm.pid);
    const brands = (await (
      await fetch(`${npm.url}/api/v1/brands`, { headers: { authorization: `SSWS ${ADMIN_TOKEN}` } })
    ).json()) as { id: string; isDefault: boolean }[];
    const target = { url: npm.url, token: ADMIN_TOKEN, brandId: brands.find((b) => b.isDefault)!.id };
    const mixed = await prepareMixed(target);
    const warmup = await mixed(1000);
    await sleep(1000);
    const warm = total(npm.tree());
    const after = await mixed(10_000);
    await sleep(1000);
    const afterTree = npm.tree();
    const afterTotal = total(afterTree);
    const bareLoad = await load({
      url: `${bare.url}/api/v1/brands/bench/templates/email`,
      connections: 10,
      amount: 10_000,
    });
    await sleep(1000);
    const bareAfter = total(processTree(bare.pid));
    const failures = warmup.failures + after.failures;
    const growth = afterTotal / warm - 1;
    return [
      {
        area: '6. Memory',
        measure: '`npm start`, idle: processes left running (npm included) and their RSS',
        value: `${processes(idleTree.length)}, ${mb(idle)} (${each(idleTree)})`,
        baseline: `bare Fastify, \`node\` alone: 1 process, ${mb(bareIdle)}`,
        ratio: `${(idle / bareIdle).toFixed(2)}×`,
        target: '≤ 120 MB; one server process',
        verdict: verdict(idle <= 120 * MB && servers.length === 1 && /node/.test(servers[0].command)),
        data: { processes: idleTree.length, rssBytes: idle, bareRssBytes: bareIdle },
      },
      {
        area: '6. Memory',
        measure:
          `\`npm start\` after 10,000 mixed requests (${after.okPerSec.toFixed(0)} req/s): RSS, npm included` +
          (failures ? ` [${failures} failures]` : ''),
        value: `${mb(afterTotal)} (${each(afterTree)})`,
        baseline: `bare Fastify after 10,000 requests (${bareLoad.okPerSec.toFixed(0)} req/s): ${mb(bareAfter)}`,
        ratio: `${(afterTotal / bareAfter).toFixed(2)}×`,
        target: '≤ 150 MB',
        verdict: verdict(afterTotal <= 150 * MB && failures === 0),
        data: { afterBytes: afterTotal, bareAfterBytes: bareAfter, failures },
      },
      {
        area: '6. Memory',
        measure: 'growth over those 10,000 requests',
        value: `+${(growth * 100).toFixed(1)} %`,
        baseline: `after a 1,000-request warm-up: ${mb(warm)} (idle +${((warm / idle - 1) * 100).toFixed(0)} %)`,
        ratio: `${(afterTotal / warm).toFixed(2)}×`,
        target: 'growth ≤ 10 %',
        verdict: verdict(growth <= 0.1 && failures === 0),
        data: { warmBytes: warm, growth },
      },
    ];
  } finally {
    await bare?.stop();
    // Throws if SIGTERM to npm left anything behind.
    await npm.stop();
  }
}

// `npm run bench`: one table, every figure next to a baseline measured in the same run, median (min–max) over
// repeats. Prints the table and writes bench/results/latest.json. Needs no network: Chromium is Debian's.
// `npm run bench -- --only api-read[,api-write,…]` runs only those sections (see SECTIONS) and writes
// bench/results/latest-only.json instead, so a partial run never replaces the full table's figures.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { readBench, writeBench, memoryBench } from './sections/api';
import { consoleLoadBench, launchBrowser, livePreviewBench } from './sections/browser';
import { lighthouseBench } from './sections/lighthouse';
import { renderBench } from './sections/render';
import { replicaBench } from './sections/replicas';
import { startMailroom } from './lib/processes';
import { renderTable, type Row } from './lib/table';
import { CHROMIUM } from '../test/support/chromium';
import { buildServer } from '../scripts/build-server.mjs';
import { newestMtime } from '../scripts/newest-mtime.mjs';

const MANIFEST = 'dist/client/.vite/manifest.json';
const CLIENT_INPUTS = [
  'src/client',
  'src/shared',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'public',
];

const SERVER_INPUTS = ['src/server', 'src/shared', 'scripts/build-server.mjs', 'package-lock.json'];

const builtAt = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

/** The console and the server are built when dist/ is missing or older than their sources (as `npm start` does). */
async function ensureBuild() {
  if (builtAt(MANIFEST) <= Math.max(...CLIENT_INPUTS.map(newestMtime))) {
    console.log('Building the console (dist/client is missing or stale)…');
    const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  if (builtAt('dist/server/main.js') <= Math.max(...SERVER_INPUTS.map(newestMtime))) {
    console.log('Building the server (dist/server is missing or stale)…');
    await buildServer();
  }
}

function machine() {
  const cpu =
    /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
  let chromium = 'unknown';
  try {
    chromium = execSync(`${CHROMIUM.executablePath} --version`, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // reported as unknown
  }
  return {
    nproc: os.availableParallelism(),
    cpu: cpu ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    loadAverage: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
  };
}

async function section(name: string, rows: Row[], run: () => Promise<Row[]> | Row[]) {
  const start = Date.now();
  console.log(`${name}…`);
  rows.push(...(await run()));
  console.log(`  (${((Date.now() - start) / 1000).toFixed(0)} s)`);
}

const SECTIONS = [
  'api-read',
  'api-write',
  'render',
  'preview',
  'console',
  'lighthouse',
  'memory',
  'replicas',
] as const;
type SectionName = (typeof SECTIONS)[number];
/** Shorthands for --only. */
const GROUPS: Record<string, SectionName[]> = {
  api: ['api-read', 'api-write'],
  browser: ['preview', 'console', 'lighthouse'],
};

/** `--only a,b` (or `--only=a,b`): the sections to run; every one without it. */
function selectedSections(argv: string[]): Set<SectionName> | undefined {
  const index = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (index === -1) return undefined;
  const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const names = (value ?? '').split(',').filter(Boolean);
  const chosen = new Set<SectionName>();
  for (const name of names) {
    const group = GROUPS[name] ?? ((SECTIONS as readonly string[]).includes(name) ? [name] : undefined);
    if (!group) {
      throw new Error(
        `--only: unknown section "${name}"; use ${[...SECTIONS, ...Object.keys(GROUPS)].join(', ')}`,
      );
    }
    for (const section of group as SectionName[]) chosen.add(section);
  }
  if (chosen.size === 0) throw new Error('--only needs a section name');
  return chosen;
}

async function main() {
  const started = Date.now();
  const before = machine();
  const only = selectedSections(process.argv.slice(2));
  const runs = (name: SectionName) => !only || only.has(name);
  // Every section but render runs the built console or server; a fresh build is not rebuilt.
  if (!only || [...only].some((name) => name !== 'render')) await ensureBuild();
  const rows: Row[] = [];

  if (runs('api-read') || runs('api-write')) {
    const server = await startMailroom();
    try {
      if (runs('api-read')) await section('1. API read path', rows, () => readBench(server));
      if (runs('api-write')) await section('2. API write path', rows, () => writeBench(server));
    } finally {
      await server.stop();
    }
  }
  if (runs('render')) await section('3. Render', rows, renderBench);
  if (runs('preview') || runs('console') || runs('lighthouse')) {
    const browser = await launchBrowser();
    try {
      if (runs('preview')) await section('4. Live preview (Chromium)', rows, () => livePreviewBench(browser));
      if (runs('console') || runs('lighthouse')) {
        const consoleServer = await startMailroom();
        try {
          if (runs('console'))
            await section('5. Console load (Chromium)', rows, () => consoleLoadBench(browser, consoleServer));
          if (runs('lighthouse'))
            await section('7. Lighthouse (Chromium)', rows, () => lighthouseBench(consoleServer));
        } finally {
          await consoleServer.stop();
        }
      }
    } finally {
      await browser.close();
    }
  }
  if (runs('memory')) await section('6. Memory', rows, memoryBench);
  if (runs('replicas')) await section('8. PostgreSQL and replicas', rows, replicaBench);

  const info = { ...before, loadAverageAtEnd: machine().loadAverage };
  const table = renderTable(rows.sort((a, b) => a.area.localeCompare(b.area, 'en', { numeric: true })));
  const seconds = Math.round((Date.now() - started) / 1000);
  const header = `Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GB, Node ${info.node}, ${info.chromium}; load average ${info.loadAverage} at start, ${info.loadAverageAtEnd} at end; ${seconds} s.`;
  console.log(`\n${header}\n\n${table}\n`);
  fs.mkdirSync('bench/results', { recursive: true });
  const file = only ? 'bench/results/latest-only.json' : 'bench/results/latest.json';
  fs.writeFileSync(
    file,
    JSON.stringify(
      { date: new Date().toISOString(), machine: info, seconds, only: only ? [...only] : undefined, rows },
      null,
      2,
    ) + '\n',
  );
  console.log(`Written to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

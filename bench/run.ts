// `npm run bench`: one table, every figure next to a baseline measured in the same run, median (min–max) over
// repeats. Prints the table and writes bench/results/latest.json. Needs no network: Chromium is Debian's.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBench, writeBench, memoryBench } from './sections/api';
import { consoleLoadBench, launchBrowser, livePreviewBench } from './sections/browser';
import { lighthouseBench } from './sections/lighthouse';
import { renderBench } from './sections/render';
import { startMailroom } from './lib/processes';
import { renderTable, type Row } from './lib/table';
import { CHROMIUM } from '../src/server/testing/chromium';

const MANIFEST = 'dist/client/.vite/manifest.json';
const CLIENT_INPUTS = [
  'src/client',
  'src/shared',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'public',
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** The console is built when dist/ is missing or older than its sources (as `npm start` does). */
function ensureBuild() {
  const built = fs.existsSync(MANIFEST) ? fs.statSync(MANIFEST).mtimeMs : 0;
  if (built > Math.max(...CLIENT_INPUTS.map(newestMtime))) return;
  console.log('Building the console (dist/ is missing or stale)…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
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

// `npm run bench -- preview lighthouse` runs only those sections (api, render, preview, console, lighthouse,
// memory); with none named, all of them.
const ONLY = new Set(process.argv.slice(2));
const SECTION_KEYS: Record<string, string> = {
  '1. API read path': 'api',
  '2. API write path': 'api',
  '3. Render': 'render',
  '4. Live preview (Chromium)': 'preview',
  '5. Console load (Chromium)': 'console',
  '6. Memory': 'memory',
  '7. Lighthouse (Chromium)': 'lighthouse',
};

async function section(name: string, rows: Row[], run: () => Promise<Row[]> | Row[]) {
  if (ONLY.size > 0 && !ONLY.has(SECTION_KEYS[name])) return;
  const start = Date.now();
  console.log(`${name}…`);
  rows.push(...(await run()));
  console.log(`  (${((Date.now() - start) / 1000).toFixed(0)} s)`);
}

async function main() {
  const started = Date.now();
  const before = machine();
  ensureBuild();
  const rows: Row[] = [];

  if (ONLY.size === 0 || ONLY.has('api')) {
    const server = await startMailroom();
    try {
      await section('1. API read path', rows, () => readBench(server));
      await section('2. API write path', rows, () => writeBench(server));
    } finally {
      await server.stop();
    }
  }
  await section('3. Render', rows, renderBench);
  const browser = await launchBrowser();
  try {
    await section('4. Live preview (Chromium)', rows, () => livePreviewBench(browser));
    const consoleServer = await startMailroom();
    try {
      await section('5. Console load (Chromium)', rows, () => consoleLoadBench(browser, consoleServer));
      await section('7. Lighthouse (Chromium)', rows, () => lighthouseBench(consoleServer));
    } finally {
      await consoleServer.stop();
    }
  } finally {
    await browser.close();
  }
  await section('6. Memory', rows, memoryBench);

  const info = { ...before, loadAverageAtEnd: machine().loadAverage };
  const table = renderTable(rows.sort((a, b) => a.area.localeCompare(b.area, 'en', { numeric: true })));
  const seconds = Math.round((Date.now() - started) / 1000);
  const header = `Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GB, Node ${info.node}, ${info.chromium}; load average ${info.loadAverage} at start, ${info.loadAverageAtEnd} at end; ${seconds} s.`;
  console.log(`\n${header}\n\n${table}\n`);
  fs.mkdirSync('bench/results', { recursive: true });
  const out =
    ONLY.size > 0 ? `bench/results/latest-${[...ONLY].join('-')}.json` : 'bench/results/latest.json';
  fs.writeFileSync(
    out,
    JSON.stringify({ date: new Date().toISOString(), machine: info, seconds, rows }, null, 2) + '\n',
  );
  console.log(`Written to ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

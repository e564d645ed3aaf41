// `npm run bench`: one table, every figure next to a baseline measured in the same run, median (min–max) over
// repeats. Prints the table and writes bench/results/latest.json. Needs no network: Chromium is Debian's.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBench, writeBench, memoryBench, npmStartBench } from './sections/api';
import { consoleLoadBench, launchBrowser, livePreviewBench } from './sections/browser';
import { renderBench } from './sections/render';
import { startMailroom } from './lib/processes';
import { renderTable, type Row } from './lib/table';
import { CHROMIUM } from '../test/support/chromium';
import { buildServer } from '../scripts/build-server.mjs';

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

/** `npm run bench -- 5 6` runs only those sections (numbers as in the table); no arguments, all of them. */
const chosen = new Set(process.argv.slice(2).map(Number));
const wanted = (n: number) => chosen.size === 0 || chosen.has(n);

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

async function main() {
  const started = Date.now();
  const before = machine();
  await ensureBuild();
  const rows: Row[] = [];

  if (wanted(1) || wanted(2)) {
    const server = await startMailroom();
    try {
      if (wanted(1)) await section('1. API read path', rows, () => readBench(server));
      if (wanted(2)) await section('2. API write path', rows, () => writeBench(server));
    } finally {
      await server.stop();
    }
  }
  if (wanted(3)) await section('3. Render', rows, renderBench);
  if (wanted(4) || wanted(5)) {
    const browser = await launchBrowser();
    try {
      if (wanted(4)) await section('4. Live preview (Chromium)', rows, () => livePreviewBench(browser));
      if (wanted(5)) {
        const consoleServer = await startMailroom();
        try {
          await section('5. Console load (Chromium)', rows, () => consoleLoadBench(browser, consoleServer));
        } finally {
          await consoleServer.stop();
        }
      }
    } finally {
      await browser.close();
    }
  }
  if (wanted(6))
    await section('6. Memory', rows, async () => [...(await memoryBench()), ...(await npmStartBench())]);

  const info = { ...before, loadAverageAtEnd: machine().loadAverage };
  const table = renderTable(rows.sort((a, b) => a.area.localeCompare(b.area, 'en', { numeric: true })));
  const seconds = Math.round((Date.now() - started) / 1000);
  const header = `Machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGb} GB, Node ${info.node}, ${info.chromium}; load average ${info.loadAverage} at start, ${info.loadAverageAtEnd} at end; ${seconds} s.`;
  console.log(`\n${header}\n\n${table}\n`);
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(
    'bench/results/latest.json',
    JSON.stringify({ date: new Date().toISOString(), machine: info, seconds, rows }, null, 2) + '\n',
  );
  console.log('Written to bench/results/latest.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

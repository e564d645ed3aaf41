// Child processes the bench measures: the real Mailroom server and the bare baselines, each alone in its
// process so its RSS and CPU are its own.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startChildServer, type ApiCall } from '../../src/server/testing/child-server';
import { sleep } from './stats';

export const ADMIN_TOKEN = '00BenchAdminToken000000000000000000000000000';

/** Resident set size of a process, in bytes (Linux). */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb[1]) * 1024;
}

export interface Child {
  url: string;
  pid: number;
  rss(): number;
  stop(): Promise<void>;
}

function track(child: ChildProcess) {
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };
  return { output: () => log, stop };
}

async function waitFor(check: () => Promise<boolean>, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`child exited early (${child.exitCode}):\n${output()}`);
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`child did not start within 30 s:\n${output()}`);
}

export interface Mailroom extends Child {
  token: string;
  brandId: string;
  dataDir: string;
  api: ApiCall;
}

/** `src/server/main.ts` as `npm start` runs it, on free ports, a temp DATA_DIR, rate limiting off. */
export async function startMailroom(env: Record<string, string> = {}): Promise<Mailroom> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-bench-'));
  const server = await startChildServer(dataDir, ADMIN_TOKEN, { NODE_ENV: 'production', ...env });
  const brands = await server.api<{ id: string; isDefault: boolean }[]>('GET', '/api/v1/brands');
  return {
    url: server.url,
    pid: server.child.pid!,
    token: ADMIN_TOKEN,
    brandId: brands.data.find((b) => b.isDefault)!.id,
    dataDir,
    api: server.api,
    rss: () => rssOf(server.child.pid!),
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A baseline server from bench/servers (it answers GET /health when ready). */
export async function startBaseline(script: string, env: Record<string, string> = {}): Promise<Child> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('bench/servers', script)], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { output, stop } = track(child);
  await waitFor(async () => (await fetch(`${url}/health`)).ok, child, output);
  return { url, pid: child.pid!, rss: () => rssOf(child.pid!), stop };
}

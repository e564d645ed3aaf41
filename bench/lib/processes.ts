// Child processes the bench measures: the real Mailroom server (compiled, as `npm start` runs it) and the bare
// baselines (compiled the same way), each alone in its process so its RSS and CPU are its own.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { freePort, startChildServer, type ApiCall } from '../../test/support/child-server';
import { sleep } from './stats';

/** What `npm run build` / `npm start` produce; run.ts builds it when missing or stale. */
export const SERVER_ENTRY = path.resolve('dist/server/main.js');

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

/** The compiled server as `npm start` runs it (plain node), on free ports, a temp DATA_DIR, rate limiting off. */
export async function startMailroom(env: Record<string, string> = {}): Promise<Mailroom> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-bench-'));
  const server = await startChildServer(
    dataDir,
    ADMIN_TOKEN,
    { NODE_ENV: 'production', ...env },
    { entry: SERVER_ENTRY },
  );
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

/**
 * bench/servers/*.ts compiled with esbuild like the server (no tsx loader in the measured process), into dist/
 * so their package imports resolve from node_modules.
 */
async function compiledBaseline(script: string): Promise<string> {
  const outfile = path.resolve('dist/bench-servers', script.replace(/\.ts$/, '.js'));
  await build({
    entryPoints: [path.resolve('bench/servers', script)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** A baseline server from bench/servers (it answers GET /health when ready). */
export async function startBaseline(script: string, env: Record<string, string> = {}): Promise<Child> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [await compiledBaseline(script)], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { output, stop } = track(child);
  await waitFor(async () => (await fetch(`${url}/health`)).ok, child, output);
  return { url, pid: child.pid!, rss: () => rssOf(child.pid!), stop };
}

export interface TreeProcess {
  pid: number;
  rss: number;
  command: string;
}

/** `pid` and every process under it (what `ps --ppid`, recursively, would list), with their RSS. */
export function processTree(pid: number): TreeProcess[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command (which may hold spaces and parentheses): state, then ppid.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: TreeProcess[] = [];
  const visit = (p: number) => {
    try {
      const command = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      out.push({ pid: p, rss: rssOf(p), command });
    } catch {
      return;
    }
    for (const child of parents.get(p) ?? []) visit(child);
  };
  visit(pid);
  return out;
}

/**
 * `npm start` itself, from the shell a user types it in, on free ports and a temp DATA_DIR; resolves when its
 * health endpoint answers. `stop` sends SIGTERM to npm, as a process manager would, and waits for it to end.
 */
export async function startNpmStart(): Promise<Child & { tree: () => TreeProcess[] }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-bench-npm-'));
  const child = spawn('npm', ['start'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      SMTP_CATCHER_PORT: String(await freePort()),
      DATA_DIR: dataDir,
      ADMIN_TOKEN,
      LOG_LEVEL: 'warn',
      // The memory section loads it: no 429s.
      RATE_LIMIT: '0',
      AUTH_FAILURE_LIMIT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { output, stop } = track(child);
  await waitFor(async () => (await fetch(`${url}/api/mailroom/v1/health`)).ok, child, output);
  return {
    url,
    pid: child.pid!,
    rss: () => processTree(child.pid!).reduce((sum, p) => sum + p.rss, 0),
    tree: () => processTree(child.pid!),
    async stop() {
      const tree = processTree(child.pid!);
      await stop();
      const left = tree.filter((p) => fs.existsSync(`/proc/${p.pid}`));
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (left.length > 0)
        throw new Error(
          `npm start left processes behind after SIGTERM: ${left.map((p) => p.command).join('; ')}`,
        );
    },
  };
}

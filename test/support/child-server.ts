import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

// The one way tests, e2e fixtures and the bench run Mailroom as its own process (as `npm start` does).

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export type ApiCall = <T = unknown>(
  method: string,
  apiPath: string,
  body?: unknown,
) => Promise<{ status: number; data: T; headers: Headers }>;

export interface ChildServer {
  url: string;
  smtpCatcherPort: number;
  child: ChildProcess;
  output: () => string;
  /** JSON over HTTP with the admin token. */
  api: ApiCall;
  /** SIGKILL: no cleanup, no flush; resolves when the process is gone. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Spawns `src/server/main.ts` (through tsx; or `entry`, a compiled `main.js`) on free 127.0.0.1 ports and the
 * given DATA_DIR, collecting its output.
 */
async function spawnMain(dataDir: string, token: string, env: Record<string, string>, entry?: string) {
  const port = await freePort();
  const smtpCatcherPort = await freePort();
  const args = entry ? ['--enable-source-maps', entry] : ['--import', 'tsx', 'src/server/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      ADMIN_TOKEN: token,
      HOST: '127.0.0.1',
      PORT: String(port),
      SMTP_CATCHER_PORT: String(smtpCatcherPort),
      RATE_LIMIT: '0',
      AUTH_FAILURE_LIMIT: '0',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );
  return { port, smtpCatcherPort, child, output: () => log, exited };
}

/**
 * Starts Mailroom expecting it to refuse to start: resolves with its exit code and output. A process still
 * running after `timeoutMs` is killed and reported with code null.
 */
export async function runChildServerToExit(
  dataDir: string,
  token: string,
  env: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<{ code: number | null; output: string }> {
  const { child, output, exited } = await spawnMain(dataDir, token, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await exited;
  clearTimeout(timer);
  return { code: child.signalCode ? null : code, output: output() };
}

/**
 * Runs `src/server/main.ts` (or `options.entry`, a compiled `main.js`) on free 127.0.0.1 ports and the given
 * DATA_DIR, rate and failure limits off, quiet logs (`env` overrides any of it), and resolves once its health
 * endpoint answers 200.
 */
export async function startChildServer(
  dataDir: string,
  token: string,
  env: Record<string, string> = {},
  options: { entry?: string } = {},
): Promise<ChildServer> {
  const { port, smtpCatcherPort, child, output, exited } = await spawnMain(
    dataDir,
    token,
    env,
    options.entry,
  );
  const url = `http://127.0.0.1:${port}`;
  const api = apiCaller(url, token);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Mailroom exited early (${child.exitCode}):\n${output()}`);
    try {
      // What a load balancer asks: local checks only (in real Okta mode /api/v1 answers for the org).
      if ((await fetch(`${url}/api/mailroom/v1/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Mailroom did not start within 30 s:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    smtpCatcherPort,
    child,
    output,
    api,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** JSON over HTTP to `baseUrl` with an SSWS token: what tests call a server's API with. */
export function apiCaller(baseUrl: string, token: string): ApiCall {
  return async (method, apiPath, body) => {
    const response = await fetch(`${baseUrl}${apiPath}`, {
      method,
      headers: {
        Authorization: `SSWS ${token}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      data: (text ? JSON.parse(text) : undefined) as never,
      headers: response.headers,
    };
  };
}

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Debian's PostgreSQL 15 (scripts/setup-test-env.sh installs it when missing). */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

export interface PostgresCluster {
  /** A superuser URL to the cluster's `postgres` database. */
  url: string;
  stop(): void;
}

/**
 * A throwaway PostgreSQL cluster in a temporary directory on a free port, listening on 127.0.0.1 only, for tests
 * and the bench. PostgreSQL refuses to run as root, so when we are root it runs as the `postgres` user (the
 * directory is handed to it). `stop()` shuts it down and removes the directory: nothing is left running.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  if (!fs.existsSync(path.join(POSTGRES_BIN, 'initdb'))) {
    throw new Error(`PostgreSQL 15 is not installed (${POSTGRES_BIN}): run bash scripts/setup-test-env.sh`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  fs.chmodSync(dir, 0o700);
  const data = path.join(dir, 'data');
  const run = (bin: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : path.join(POSTGRES_BIN, bin),
      asRoot ? ['-u', 'postgres', '--', path.join(POSTGRES_BIN, bin), ...args] : args,
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'mailroom', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-o',
    // Tests and the bench throw the cluster away: durability across an OS crash is not what they measure. The
    // two-replica test kills Mailroom, not PostgreSQL, so acknowledged writes are still checked.
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  let stopped = false;
  return {
    url: `postgres://mailroom@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A new empty database on the cluster (one per test app, so tests never see each other's rows). */
export async function createDatabase(clusterUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mailroom_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: clusterUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

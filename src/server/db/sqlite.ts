import Database from 'better-sqlite3';
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations';
import { checkStorable, type Db } from './sql';

/**
 * The default store: one SQLite file (`:memory:` for tests), WAL, synchronous=FULL. One connection serves the
 * process. better-sqlite3 answers synchronously; the promises only give SQLite and PostgreSQL one interface.
 *
 * Transactions are IMMEDIATE (the write lock is taken up front, so check-then-write is atomic against other
 * processes on the same file too). Within the process, a transaction owns the connection until it ends: a query
 * from outside it (another request, in between two of the transaction's awaits) waits for it, so nothing reads a
 * write that might still roll back, and nothing joins a transaction it does not belong to.
 */
export function openSqlite(file: string): Db & { raw: Database.Database } {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  // FULL: a write acknowledged with a 2xx survives a crash, not just an application restart.
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  migrate(raw);

  // Prepared once per SQL text: preparing on every call was a visible share of the busiest routes (npm run bench).
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = raw.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const context = new AsyncLocalStorage<symbol>();
  /** The transaction that owns the connection, and a promise settled when it lets go. */
  let owner: symbol | undefined;
  let released: Promise<void> = Promise.resolve();
  /**
   * True while another transaction owns the connection. Callers wait with `while (busy()) await released;` and then
   * act without awaiting anything: checked and acted on in one step, so no one else takes the connection between.
   */
  const busy = () => owner !== undefined && context.getStore() !== owner;

  return {
    dialect: 'sqlite',
    raw,
    async all<T>(sql: string, ...params: unknown[]) {
      while (busy()) await released;
      checkStorable(params);
      return prepare(sql).all(...params) as T[];
    },
    async get<T>(sql: string, ...params: unknown[]) {
      while (busy()) await released;
      checkStorable(params);
      return prepare(sql).get(...params) as T | undefined;
    },
    async run(sql: string, ...params: unknown[]) {
      while (busy()) await released;
      checkStorable(params);
      return prepare(sql).run(...params).changes;
    },
    async transaction<T>(fn: () => Promise<T>) {
      if (owner !== undefined && context.getStore() === owner) return fn();
      while (owner !== undefined) await released;
      const me = Symbol('transaction');
      owner = me;
      let release!: () => void;
      released = new Promise((resolve) => (release = resolve));
      try {
        raw.exec('BEGIN IMMEDIATE');
        const result = await context.run(me, fn);
        raw.exec('COMMIT');
        return result;
      } catch (error) {
        if (raw.inTransaction) raw.exec('ROLLBACK');
        throw error;
      } finally {
        owner = undefined;
        // Node 20 tracks every promise in the process while any AsyncLocalStorage is enabled (about a quarter of the read
        // path's throughput, npm run bench); transactions here run one at a time, so it is on only while one runs.
        context.disable();
        release();
      }
    },
    async ping() {
      // The schema table: a query SQLite must answer from the file, not just a live handle.
      while (busy()) await released;
      prepare('SELECT count(*) FROM sqlite_schema').get();
    },
    async close() {
      while (busy()) await released;
      if (!raw.open) return;
      try {
        // Everything into the main file, the WAL emptied: the file alone is the database now (copy it, back it up).
        raw.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        raw.close();
      }
    },
  };
}

function migrate(raw: Database.Database): void {
  const current = raw.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The database is newer (schema ${current}) than this Mailroom (schema ${MIGRATIONS.length})`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    raw.transaction(() => {
      raw.exec(MIGRATIONS[version].sqlite);
      raw.pragma(`user_version = ${version + 1}`);
    })();
  }
}

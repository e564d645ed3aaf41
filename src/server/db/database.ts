import path from 'node:path';
import { openPostgres } from './postgres';
import { openSqlite } from './sqlite';
import type { Db } from './sql';

export type { Db, Sql, TransactionOptions } from './sql';
export { isUniqueViolation } from './sql';
export { openSqlite } from './sqlite';

/** The file the default store lives in, inside DATA_DIR. */
export const SQLITE_FILE = 'mailroom.sqlite';

/**
 * Opens the store and brings its schema up to date: PostgreSQL when `databaseUrl` is set (DATABASE_URL, for
 * several replicas), else the SQLite file in `dataDir`.
 */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string }): Promise<Db> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openSqlite(path.join(options.dataDir, SQLITE_FILE));
}

/**
 * Where the store is, for people: the SQLite file's path, or PostgreSQL's host, port and database. Never the
 * credentials a DATABASE_URL may carry (startup banner, the console's profile page).
 */
export function describeStore(options: { dataDir: string; databaseUrl?: string }): {
  kind: 'sqlite' | 'postgresql';
  location: string;
} {
  if (!options.databaseUrl) return { kind: 'sqlite', location: path.join(options.dataDir, SQLITE_FILE) };
  const url = new URL(options.databaseUrl);
  return { kind: 'postgresql', location: `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}` };
}

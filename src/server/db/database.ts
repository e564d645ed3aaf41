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

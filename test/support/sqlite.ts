import type Database from 'better-sqlite3';
import type { Db } from '../../src/server/db/database';

/** The better-sqlite3 handle behind an app's SQLite store, for tests of SQLite itself (pragmas, WAL, the file). */
export function rawSqlite(db: Db): Database.Database {
  if (db.dialect !== 'sqlite' || !('raw' in db)) throw new Error('this test needs the SQLite store');
  return (db as Db & { raw: Database.Database }).raw;
}

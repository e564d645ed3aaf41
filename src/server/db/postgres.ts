import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { MIGRATIONS } from './migrations';
import { checkStorable, type Db, type TransactionOptions } from './sql';

/** The advisory lock key replicas take to migrate one at a time ('mail' in ASCII). */
const MIGRATION_LOCK = 0x6d61696c;

/**
 * PostgreSQL (`DATABASE_URL`), for several Mailroom replicas on one database. A pool of connections; a transaction
 * holds one of them, and every query made in its async context goes through it.
 *
 * Isolation is PostgreSQL's default, READ COMMITTED. A transaction that checks and then writes (one default per
 * template, one customization per language, one enabled server, a unique brand name) names a lock key, and takes
 * `pg_advisory_xact_lock` on it before anything else: transactions on the same key run one after the other, on
 * every replica, and each one's checks see what the previous one committed. The unique indexes stay behind that
 * as a last line (a violation is a refusal, not lost data).
 */
export async function openPostgres(url: string, options: { poolSize?: number } = {}): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // An unreachable database is an error within seconds (the health check answers 503), not a hang.
    connectionTimeoutMillis: 5_000,
    // count(*) and BIGSERIAL are int8, which node-postgres leaves as text; every count here fits a double.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection (a restart of PostgreSQL) must not take the process down.
  pool.on('error', () => {});
  await migrate(pool);

  const context = new AsyncLocalStorage<pg.PoolClient>();
  let active = 0;
  const query = (sql: string, params: unknown[]) => {
    checkStorable(params);
    return (context.getStore() ?? pool).query(placeholders(sql), params);
  };

  return {
    dialect: 'postgres',
    async all<T>(sql: string, ...params: unknown[]) {
      return (await query(sql, params)).rows as T[];
    },
    async get<T>(sql: string, ...params: unknown[]) {
      return (await query(sql, params)).rows[0] as T | undefined;
    },
    async run(sql: string, ...params: unknown[]) {
      return (await query(sql, params)).rowCount ?? 0;
    },
    async transaction<T>(fn: () => Promise<T>, options: TransactionOptions = {}) {
      if (context.getStore()) return fn();
      const client = await pool.connect();
      let broken: Error | undefined;
      active++;
      try {
        await client.query('BEGIN');
        if (options.lock)
          await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [options.lock]);
        const result = await context.run(client, fn);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
        throw error;
      } finally {
        // A connection that could not even roll back is dropped, not returned to the pool.
        client.release(broken);
        // Node 20 tracks every promise in the process while an AsyncLocalStorage is enabled (about a quarter of the
        // read path's throughput, npm run bench): on only while a transaction runs.
        if (--active === 0) context.disable();
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      // Idempotent, as SQLite's: ending a pool twice throws.
      if (!pool.ending) await pool.end();
    },
  };
}

/** Brings the schema up to date, once across replicas: the first to take the lock migrates, the others find it done. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS mailroom_schema (version INTEGER NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT version FROM mailroom_schema')).rows[0];
    if (!row) await client.query('INSERT INTO mailroom_schema (version) VALUES (0)');
    const current = row?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `The database is newer (schema ${current}) than this Mailroom (schema ${MIGRATIONS.length})`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      await client.query('BEGIN');
      try {
        await client.query(MIGRATIONS[version].postgres);
        await client.query('UPDATE mailroom_schema SET version = $1', [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

const converted = new Map<string, string>();

/** `?` placeholders to PostgreSQL's `$1, $2, …`, outside quoted text. */
export function placeholders(sql: string): string {
  let text = converted.get(sql);
  if (text !== undefined) return text;
  let n = 0;
  let quoted = false;
  text = '';
  for (const char of sql) {
    if (char === "'") quoted = !quoted;
    text += char === '?' && !quoted ? `$${++n}` : char;
  }
  converted.set(sql, text);
  return text;
}

/**
 * The one way repositories reach a store: SQL text in the subset SQLite and PostgreSQL share, `?` placeholders,
 * promises. Two implementations: `sqlite.ts` (better-sqlite3, the default, one file in DATA_DIR) and `postgres.ts`
 * (node-postgres, `DATABASE_URL`, several replicas). What differs between them lives in those two files and in the
 * migrations, nowhere else:
 * - booleans are INTEGER 0/1 in both; timestamps are ISO-8601 TEXT in both;
 * - creation order is `rowid`: SQLite's own, a BIGSERIAL column of that name in PostgreSQL;
 * - case-insensitive comparisons are written `lower(x) = lower(?)`, backed by an index on `lower(x)` in PostgreSQL.
 */
export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  /** Every row. */
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** The first row, if any. */
  get<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  /** A write; answers how many rows it changed. */
  run(sql: string, ...params: unknown[]): Promise<number>;
}

export interface TransactionOptions {
  /**
   * What the transaction checks and writes, e.g. `customizations:<brand>:<template>`. Transactions with the same
   * key run one after the other across every replica (a PostgreSQL advisory lock, taken first); SQLite runs all
   * writing transactions one after the other anyway (BEGIN IMMEDIATE), so it needs no key.
   */
  lock?: string;
}

export interface Db extends Sql {
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. Every query `fn` makes
   * through this Db (directly or through another repository) joins it, found by async context; a nested call joins
   * the outer transaction. `fn` awaits only the database: no network, no timers.
   */
  transaction<T>(fn: () => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Throws unless the store answers a query (the health check). */
  ping(): Promise<void>;
  /** Finishes cleanly (SQLite: the WAL folded into the file), then closes. */
  close(): Promise<void>;
}

/** True for a unique or primary-key violation, in either store. */
export function isUniqueViolation(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Text holding a NUL character (U+0000), refused before any query: PostgreSQL cannot hold it in text, so both stores
 * refuse it alike rather than one storing what the other answers 500 for. The error handler answers 400 E0000001.
 */
export class UnstorableText extends Error {
  constructor() {
    super('Text must not contain a NUL character (U+0000).');
    this.name = 'UnstorableText';
  }
}

/** Throws UnstorableText when a query's text parameter holds U+0000. */
export function checkStorable(params: readonly unknown[]): void {
  for (const param of params)
    if (typeof param === 'string' && param.includes('\u0000')) throw new UnstorableText();
}

import fs from 'node:fs';
import path from 'node:path';

/**
 * The reliability suite's figures: each test records one row per promise it checks in
 * `reports/reliability.json`, which `npm test` and `npm run test:stress` print as one table.
 * Vitest runs files in parallel processes, so writes take a small directory lock. A row is kept per item, variant
 * and store: the suites that run on both stores record a row for each.
 */
export interface Figure {
  /** Stable key, e.g. "1 concurrency: customizations". Rows with the same item and variant are replaced. */
  item: string;
  /** What was measured, in words with numbers: "2000 ops, 0 × 5xx, 1 default". */
  figure: string;
  /** The promise: "0 × 5xx, exactly one default". */
  target: string;
  pass: boolean;
  /** "fast" (npm test) or "stress" (npm run test:stress). */
  variant?: 'fast' | 'stress';
  /** The store the suite ran on (the `node-postgres` project runs it on PostgreSQL); unset: SQLite. */
  store?: 'postgres';
  measuredAt?: string;
}

/** STRESS=1 selects the long variants. */
export const STRESS = process.env.STRESS === '1' || process.env.STRESS === 'true';
export const VARIANT: 'fast' | 'stress' = STRESS ? 'stress' : 'fast';

/** Picks the fast or the stress size. */
export const size = (fast: number, stress: number) => (STRESS ? stress : fast);

/** Set by the `node-postgres` project (vitest.config.ts); read here without vitest so e2e specs may record too. */
const STORE = process.env.MAILROOM_TEST_STORE === 'postgres' ? ('postgres' as const) : undefined;

const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIGURES_FILE = path.join(ROOT, 'reports', 'reliability.json');

function withLock<T>(fn: () => T): T {
  const lock = `${FIGURES_FILE}.lock`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) fs.rmSync(lock, { recursive: true, force: true }); // a stale lock
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export function readFigures(): Figure[] {
  try {
    const rows = JSON.parse(fs.readFileSync(FIGURES_FILE, 'utf8'));
    return Array.isArray(rows) ? rows : [];
  } catch {
    return [];
  }
}

/** Records (or replaces) one figure row. Call it before asserting, so a failing promise still shows its figure. */
export function recordFigure(row: Figure): void {
  const full: Figure = {
    variant: VARIANT,
    measuredAt: new Date().toISOString(),
    ...(STORE ? { store: STORE } : {}),
    ...row,
  };
  fs.mkdirSync(path.dirname(FIGURES_FILE), { recursive: true });
  withLock(() => {
    const rows = readFigures().filter(
      (r) => !(r.item === full.item && r.variant === full.variant && r.store === full.store),
    );
    rows.push(full);
    rows.sort((a, b) => a.item.localeCompare(b.item, 'en', { numeric: true }));
    fs.writeFileSync(FIGURES_FILE, JSON.stringify(rows, null, 2) + '\n');
  });
}

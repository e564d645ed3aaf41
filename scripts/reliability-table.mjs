// Prints the reliability suite's figures (reports/reliability.json, written by test/reliability/figures.ts
// and e2e/xss-corpus.spec.ts) as one plain table. Used by test-summary.mjs and `npm run test:stress`.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The ten promises the suite keeps; one that recorded no figure is shown as failed. */
export const PROMISES = [
  '1 concurrency: customizations',
  '1 concurrency: email servers',
  '2 crash safety',
  '3 fuzzing',
  '4 XSS corpus',
  '5 Velocity sandbox',
  '6 secrets',
  '7 auth matrix',
  '8 SMTP faults',
  '9 rate limits',
  '10 replicas',
];

/** The promises kept on PostgreSQL too (the `node-postgres` project); one without a PostgreSQL row is failed. */
export const POSTGRES_PROMISES = [
  '1 concurrency: customizations',
  '1 concurrency: email servers',
  '3 fuzzing',
  '5 Velocity sandbox',
  '6 secrets',
  '7 auth matrix',
  '9 rate limits',
  '10 replicas',
];

export function reliabilityTable(file = 'reports/reliability.json', variant) {
  if (!fs.existsSync(file)) return '';
  let rows = JSON.parse(fs.readFileSync(file, 'utf8'));
  const missing = (item, store) => ({
    item,
    variant: '',
    ...(store ? { store } : {}),
    figure: 'no figure recorded: the test did not run or crashed',
    pass: false,
  });
  for (const item of PROMISES)
    if (item !== '10 replicas' && !rows.some((r) => r.item === item && !r.store)) rows.push(missing(item));
  for (const item of POSTGRES_PROMISES)
    if (!rows.some((r) => r.item === item && r.store === 'postgres')) rows.push(missing(item, 'postgres'));
  rows.sort(
    (a, b) =>
      PROMISES.indexOf(a.item) - PROMISES.indexOf(b.item) || (a.store ?? '').localeCompare(b.store ?? ''),
  );
  if (variant) {
    // The stress run's rows, plus the XSS spec's (it has a single variant).
    const key = (r) => `${r.item}|${r.store ?? ''}`;
    const stressItems = new Set(rows.filter((r) => r.variant === variant).map(key));
    rows = rows.filter((r) => r.variant === variant || !stressItems.has(key(r)));
  }
  if (rows.length === 0) return '';
  const lines = rows.map((r) => [
    r.pass ? 'pass' : 'FAIL',
    r.store === 'postgres' ? `${r.item} (PostgreSQL)` : r.item,
    r.variant ?? '',
    r.figure,
  ]);
  const width = [4, Math.max(...lines.map((l) => l[1].length)), Math.max(...lines.map((l) => l[2].length))];
  const out = ['Reliability and security figures:'];
  for (const l of lines)
    out.push(`  ${l[0].padEnd(width[0])}  ${l[1].padEnd(width[1])}  ${l[2].padEnd(width[2])}  ${l[3]}`);
  const failed = rows.filter((r) => !r.pass).length;
  out.push(
    `  ${rows.length - failed}/${rows.length} figures pass (${PROMISES.length} promises expected, ${POSTGRES_PROMISES.length} of them on PostgreSQL too)`,
  );
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const table = reliabilityTable('reports/reliability.json', process.argv[2]);
  console.log(table || 'No reliability figures recorded.');
}

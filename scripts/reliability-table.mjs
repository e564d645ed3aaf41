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
];

export function reliabilityTable(file = 'reports/reliability.json', variant) {
  if (!fs.existsSync(file)) return '';
  let rows = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const item of PROMISES)
    if (!rows.some((r) => r.item === item))
      rows.push({
        item,
        variant: '',
        figure: 'no figure recorded: the test did not run or crashed',
        pass: false,
      });
  rows.sort((a, b) => PROMISES.indexOf(a.item) - PROMISES.indexOf(b.item));
  if (variant) {
    // The stress run's rows, plus the XSS spec's (it has a single variant).
    const stressItems = new Set(rows.filter((r) => r.variant === variant).map((r) => r.item));
    rows = rows.filter((r) => r.variant === variant || !stressItems.has(r.item));
  }
  if (rows.length === 0) return '';
  const lines = rows.map((r) => [r.pass ? 'pass' : 'FAIL', r.item, r.variant ?? '', r.figure]);
  const width = [4, Math.max(...lines.map((l) => l[1].length)), Math.max(...lines.map((l) => l[2].length))];
  const out = ['Reliability and security figures:'];
  for (const l of lines)
    out.push(`  ${l[0].padEnd(width[0])}  ${l[1].padEnd(width[1])}  ${l[2].padEnd(width[2])}  ${l[3]}`);
  const failed = rows.filter((r) => !r.pass).length;
  out.push(`  ${rows.length - failed}/${rows.length} figures pass (${PROMISES.length} promises expected)`);
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const table = reliabilityTable('reports/reliability.json', process.argv[2]);
  console.log(table || 'No reliability figures recorded.');
}

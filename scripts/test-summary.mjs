// Prints one plain closing line for the whole `npm test` run ("Tests: N passed, N failed"), from the JSON reports
// Vitest and Playwright wrote and the stages scripts/test.sh recorded as failed, so CI can read the outcome whatever
// runners it knows. Tests are counted one by one (never describe blocks); a file that failed to load, errors outside
// any test, and every failing stage count as failures too. Exits 1 when anything failed.
import fs from 'node:fs';
import { reliabilityTable } from './reliability-table.mjs';

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

const vitest = 'reports/vitest.json';
if (fs.existsSync(vitest)) {
  const report = JSON.parse(fs.readFileSync(vitest, 'utf8'));
  let failedInTests = 0;
  for (const file of report.testResults) {
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === 'passed') passed++;
      else if (test.status === 'failed') failedInTests++;
      else skipped++;
    }
    // A file that failed without a failing test didn't load (syntax error, failing hook): one failure.
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failedInTests++;
      problems.push(`Vitest file failed to run: ${file.name}`);
    }
  }
  failed += failedInTests;
  // Vitest marks the run unsuccessful for unhandled errors too, which belong to no test.
  if (report.success === false && failedInTests === 0) {
    failed++;
    problems.push('Vitest reported errors outside any test (unhandled rejections or exceptions)');
  }
}

const playwright = 'reports/playwright.json';
if (fs.existsSync(playwright)) {
  const report = JSON.parse(fs.readFileSync(playwright, 'utf8'));
  const stats = report.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  // Errors outside tests: a spec that fails to load, a worker fixture that throws, a global timeout.
  for (const error of report.errors ?? []) {
    failed++;
    problems.push(`Playwright: ${String(error.message ?? error).split('\n')[0]}`);
  }
}

const stagesFile = 'reports/failed-stages.txt';
const stages = fs.existsSync(stagesFile)
  ? fs.readFileSync(stagesFile, 'utf8').split('\n').filter(Boolean)
  : [];

const table = reliabilityTable();
if (table) console.log(table + '\n');
for (const problem of problems) console.log(problem);

const counts = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
const stageText = stages.length
  ? `; ${stages.length} failing stage${stages.length === 1 ? '' : 's'}: ${stages.join(', ')}`
  : '';
console.log(`Tests: ${counts}${stageText}`);
process.exit(failed > 0 || stages.length > 0 ? 1 : 0);

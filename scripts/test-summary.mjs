// Prints one plain closing line for the whole `npm test` run ("Tests: N passed, N failed"), from the JSON
// reports Vitest and Playwright wrote, so CI can read the outcome whatever runners it knows.
import fs from 'node:fs';
import { reliabilityTable } from './reliability-table.mjs';

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = 'reports/vitest.json';
if (fs.existsSync(vitest)) {
  const report = JSON.parse(fs.readFileSync(vitest, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(report);
  skipped += report.numPendingTests + report.numTodoTests;
}

const playwright = 'reports/playwright.json';
if (fs.existsSync(playwright)) {
  const stats = JSON.parse(fs.readFileSync(playwright, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
}

// A suite that failed to load has no failed tests of its own: count it once as a failure.
function countSuitesWithFailedTests(report) {
  return report.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.some((a) => a.status === 'failed'),
  ).length;
}

const table = reliabilityTable();
if (table) console.log(table + '\n');

console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

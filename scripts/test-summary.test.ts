import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, 'test-summary.mjs');
let dir: string;

/** Runs the summary in a temp dir holding these reports; returns its last line and exit code. */
function summarize(reports: Record<string, unknown>) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-summary-'));
  fs.mkdirSync(path.join(dir, 'reports'));
  for (const [name, content] of Object.entries(reports))
    fs.writeFileSync(
      path.join(dir, 'reports', name),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  let output: string;
  let code = 0;
  try {
    output = execFileSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    const failure = error as { stdout: string; status: number };
    output = failure.stdout;
    code = failure.status;
  }
  const lines = output.trim().split('\n');
  return { last: lines[lines.length - 1], output, code };
}

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string, status: string, tests: string[]) => ({
  name,
  status,
  assertionResults: tests.map((s, i) => ({ title: `t${i}`, status: s })),
});

describe('the closing line of npm test', () => {
  it('counts tests one by one, a file that did not load as one failure, and succeeds only when all passed', () => {
    const ok = summarize({
      'vitest.json': { success: true, testResults: [file('a', 'passed', ['passed', 'passed', 'skipped'])] },
      'playwright.json': { stats: { expected: 4, unexpected: 0, skipped: 1 }, errors: [] },
    });
    expect(ok.last).toBe('Tests: 6 passed, 0 failed, 2 skipped');
    expect(ok.code).toBe(0);

    const broken = summarize({
      'vitest.json': {
        success: false,
        testResults: [file('a', 'failed', ['passed', 'failed']), file('b.test.ts', 'failed', [])],
      },
    });
    expect(broken.last).toBe('Tests: 1 passed, 2 failed');
    expect(broken.output).toContain('Vitest file failed to run: b.test.ts');
    expect(broken.code).toBe(1);
  });

  it('counts errors outside tests and every failing stage', () => {
    const result = summarize({
      'vitest.json': { success: false, testResults: [file('a', 'passed', ['passed'])] },
      'playwright.json': { stats: { expected: 2 }, errors: [{ message: 'Error: fixture threw\n  at x' }] },
      'failed-stages.txt': 'bundle budget\nlint\n',
    });
    expect(result.last).toBe('Tests: 3 passed, 2 failed; 2 failing stages: bundle budget, lint');
    expect(result.output).toContain('Vitest reported errors outside any test');
    expect(result.output).toContain('Playwright: Error: fixture threw');
    expect(result.code).toBe(1);
  });

  it('shows a reliability promise that recorded no figure as failed', () => {
    const result = summarize({
      'reliability.json': [{ item: '3 fuzzing', variant: 'fast', figure: '0 wrong', pass: true }],
    });
    expect(result.output).toMatch(/FAIL\s+6 secrets\s+no figure recorded/);
    expect(result.output).toContain('1/18 figures pass (11 promises expected, 8 of them on PostgreSQL too)');
    expect(result.output).toMatch(/FAIL\s+6 secrets \(PostgreSQL\)\s+no figure recorded/);
  });
});

#!/usr/bin/env bash
# `npm test`: every check a submission must pass — types, lint, unit/integration tests, then the browser tests.
# Ends with one line "Tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-test-env.sh
rm -rf reports && mkdir -p reports

echo "== type check"
npx tsc --noEmit
echo "== lint"
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn

status=0
echo "== unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=$?
if [ -d e2e ] && ls e2e/*.spec.ts >/dev/null 2>&1; then
  echo "== end-to-end tests (Chromium)"
  npx vite build --logLevel warn
  node scripts/check-bundle-size.mjs || status=$?
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || status=$?
fi
node scripts/test-summary.mjs
exit "$status"

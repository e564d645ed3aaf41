#!/usr/bin/env bash
# `npm test`: every check a submission must pass — types, lint, unit/integration tests, then the browser tests.
# Every stage runs even when an earlier one fails; the last line counts the tests and names each failing stage.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-test-env.sh || exit 1
rm -rf reports && mkdir -p reports

status=0
# Runs one stage; a failure is recorded (for the summary line) and the run goes on.
stage() {
  local name="$1"
  shift
  echo "== $name"
  if ! "$@"; then
    echo "$name" >> reports/failed-stages.txt
    status=1
  fi
}

stage "type check" npx tsc -b
stage "lint" npx eslint . --max-warnings 0
stage "format" npx prettier --check . --log-level warn
stage "unit and integration tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
if [ -d e2e ] && ls e2e/*.spec.ts >/dev/null 2>&1; then
  stage "console build" npx vite build --logLevel warn
  stage "bundle budget" node scripts/check-bundle-size.mjs
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json stage "end-to-end tests (Chromium)" npx playwright test --reporter=list,json
fi
node scripts/test-summary.mjs || status=1
exit "$status"

#!/usr/bin/env bash
# `npm test`: every check a submission must pass — types, lint, unit/integration tests, then the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-test-env.sh

echo "== type check"
npx tsc --noEmit
echo "== lint"
npx eslint . --max-warnings 0
echo "== unit and integration tests"
npx vitest run
if [ -d e2e ] && ls e2e/*.spec.ts >/dev/null 2>&1; then
  echo "== end-to-end tests (Chromium)"
  npx vite build --logLevel warn
  npx playwright test
fi

#!/usr/bin/env bash
# `npm run test:stress`: the long variants of the reliability suite (test/reliability, STRESS=1) and the XSS
# corpus in Chromium, then the same figures table `npm test` prints.
set -uo pipefail
cd "$(dirname "$0")/.."
# Chromium (the XSS corpus) and PostgreSQL (the replica test) from Debian when missing, as `npm test` does.
bash scripts/setup-test-env.sh || exit 1
# From an empty reports/: a figure left over from an earlier run must not stand in for one this run failed to make.
rm -rf reports && mkdir -p reports
status=0
STRESS=1 npx vitest run test/reliability || status=$?
if [ ! -f dist/client/index.html ]; then npx vite build --logLevel warn; fi
npx playwright test e2e/xss-corpus.spec.ts || status=$?
node scripts/reliability-table.mjs stress
exit "$status"

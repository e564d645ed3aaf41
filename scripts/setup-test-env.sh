#!/usr/bin/env bash
# Installs what `npm test`, `npm run test:stress`, `npm run bench` and `npm run screenshots` need beyond npm
# packages, from Debian's packages only: Chromium (never a downloaded browser build) and PostgreSQL 15 (the tests
# start throwaway clusters of it; nothing is left running).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages…"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  # Debian's package starts a cluster of its own; the tests start theirs and need none running.
  if [[ " ${missing[*]} " == *" postgresql "* ]]; then
    $SUDO pg_ctlcluster 15 main stop 2>/dev/null || true
  fi
fi

#!/usr/bin/env bash
# Builds the live map page (web/) into TitanFleet.Silo/wwwroot, which the silo serves at /.
# Idempotent: installs packages with `npm ci` only when node_modules is missing or the lock file
# changed since the last install, then bundles (about a second). Extra arguments go to the build,
# e.g. `scripts/build-web.sh --outdir dist`.
set -euo pipefail

web="$(cd "$(dirname "${BASH_SOURCE[0]}")/../web" && pwd)"
stamp="$web/node_modules/.titanfleet-lock.sha256"
lock_hash="$(sha256sum "$web/package-lock.json" | cut -d' ' -f1)"

if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  (cd "$web" && npm ci --no-audit --no-fund)
  echo "$lock_hash" > "$stamp"
fi

(cd "$web" && npm run --silent build -- "$@")

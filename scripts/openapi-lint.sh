#!/usr/bin/env bash
# Lints an OpenAPI document with Redocly CLI's recommended rules (tools/openapi-lint/redocly.yaml).
# Installs the pinned CLI with `npm ci` only when node_modules is missing or the lock file changed.
# Usage: scripts/openapi-lint.sh <document.json>   (exit code 0: no errors; warnings are printed).
# With no argument it only installs, so scripts/test.sh can prepare it before the tests run.
set -euo pipefail

tool="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tools/openapi-lint" && pwd)"
stamp="$tool/node_modules/.titanfleet-lock.sha256"
lock_hash="$(sha256sum "$tool/package-lock.json" | cut -d' ' -f1)"

if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  (cd "$tool" && npm ci --no-audit --no-fund --silent)
  echo "$lock_hash" > "$stamp"
fi
if [ "$#" -eq 0 ]; then exit 0; fi

document="$(realpath "$1")"
# No usage telemetry and no update check: the lint must not phone home from CI or a developer's machine.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
cd "$tool"
exec node_modules/.bin/redocly lint --config redocly.yaml --format stylish "$document"

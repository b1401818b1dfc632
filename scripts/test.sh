#!/usr/bin/env bash
# The test command: sets up everything the suite needs on a fresh machine (PostgreSQL, the web
# page's build, Chromium for browser tests, the OpenAPI linter), then runs every test. Extra arguments go to dotnet test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ -z "${TITANFLEET_TEST_POSTGRES:-}" ]; then
  ./scripts/postgres.sh
fi
for step in scripts/build-web.sh scripts/ensure-chromium.sh scripts/openapi-lint.sh; do
  if [ -x "$step" ]; then "./$step"; fi
done

# The page's own unit tests (node's test runner) first: they take a second.
npm test --prefix web --silent

log="$(mktemp)"
set +e
dotnet test TitanFleet.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line, summed over test assemblies, so CI can tell how many tests ran.
awk '/(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"

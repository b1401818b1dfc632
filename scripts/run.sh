#!/usr/bin/env bash
# The run command: starts a local PostgreSQL (unless ConnectionStrings__Postgres points elsewhere),
# builds, and runs the silo on http://localhost:8080 (override with Urls=...). Unless --no-demo is
# given, the demo company is seeded, its logins printed, and the demo fleet (the load simulator in
# its gentle demo mode, posting through the public API) drives the demo vehicles along GB routes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

demo=true
for arg in "$@"; do
  case "$arg" in
    --no-demo) demo=false ;;
    *) echo "unknown option: $arg (known: --no-demo)" >&2; exit 2 ;;
  esac
done

if [ -z "${ConnectionStrings__Postgres:-}" ]; then
  ./scripts/postgres.sh
fi
if [ -x scripts/build-web.sh ]; then ./scripts/build-web.sh; fi
dotnet build TitanFleet.Silo/TitanFleet.Silo.csproj -c Release --nologo -v quiet
if [ "$demo" = true ]; then
  dotnet build loadtest/TitanFleet.Simulator/TitanFleet.Simulator.csproj -c Release --nologo -v quiet
fi

export Demo__Seed="$demo"
# Local runs are plain http on localhost: Development keeps the cookie usable there and needs no key-ring certificate.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
url="${Urls:-http://localhost:8080}"
url="${url%%;*}"

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

(cd TitanFleet.Silo/bin/Release/net10.0 && exec dotnet TitanFleet.Silo.dll) &
silo=$!
pids+=("$silo")
if [ "$demo" = true ]; then
  # The simulator waits for /api/ready itself, then posts as the demo devices until stopped.
  dotnet loadtest/TitanFleet.Simulator/bin/Release/net10.0/TitanFleet.Simulator.dll --demo --url "${url/\/\/+:/\/\/localhost:}" &
  pids+=("$!")
fi
wait "$silo"

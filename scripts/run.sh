#!/usr/bin/env bash
# The run command: starts a local PostgreSQL (unless ConnectionStrings__Postgres points elsewhere),
# builds, and runs the silo on http://localhost:8080 (override with Urls=...). The demo company is
# seeded and its logins printed unless --no-demo is given.
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

export Demo__Seed="$demo"
cd TitanFleet.Silo/bin/Release/net10.0
exec dotnet TitanFleet.Silo.dll

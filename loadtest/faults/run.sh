#!/usr/bin/env bash
# The fault harness, long form: the scenarios of TitanFleet.Tests/Faults (kill -9, SIGTERM, a fourth
# silo, PostgreSQL stopped, a crashed silo restarted on other ports) with more vehicles, longer load
# phases and a 10 s database outage. Each scenario starts its own silo processes on 127.0.0.1 (fresh
# database on the shared server; the outage scenario starts and stops a PostgreSQL cluster of its own
# on a free port, never the shared one) and appends its figures as a markdown row to $REPORT.
# Settings (environment): VEHICLES (200), INTERVAL seconds between a vehicle's fixes (1),
# LOAD_SECONDS before and after each fault (20), OUTAGE_SECONDS (10), DASHBOARDS_PER_SILO (3),
# REPORT (loadtest/faults/last-run.md), FILTER (all scenarios; e.g. SiloKillTests for one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

./scripts/postgres.sh
dotnet build TitanFleet.Tests -c Release -v q -nologo

export TITANFLEET_FAULTS_VEHICLES="${VEHICLES:-200}"
export TITANFLEET_FAULTS_INTERVAL_SECONDS="${INTERVAL:-1}"
export TITANFLEET_FAULTS_LOAD_SECONDS="${LOAD_SECONDS:-20}"
export TITANFLEET_FAULTS_OUTAGE_SECONDS="${OUTAGE_SECONDS:-10}"
export TITANFLEET_FAULTS_DASHBOARDS_PER_SILO="${DASHBOARDS_PER_SILO:-3}"
export TITANFLEET_FAULTS_REPORT="${REPORT:-$root/loadtest/faults/last-run.md}"

{
  echo "Fault harness run $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
  echo
  echo "| when (UTC) | scenario | load | acknowledged | stored once | lost | duplicated | stored, not acknowledged | given up | attempts by outcome | figures |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} > "$TITANFLEET_FAULTS_REPORT"

dotnet test TitanFleet.Tests -c Release --no-build --filter "FullyQualifiedName~TitanFleet.Tests.Faults.${FILTER:-}" \
  --logger "console;verbosity=normal" || status=$?
cat "$TITANFLEET_FAULTS_REPORT"
exit "${status:-0}"

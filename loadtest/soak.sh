#!/usr/bin/env bash
# Soak (issue 12): one silo under a bounded, steady, moderate load for DURATION seconds (default 30 min):
# VEHICLES demo devices (2,000) each posting a position every INTERVAL seconds (10), DASHBOARDS SignalR
# dashboards (3) in the load process, and API reads (vehicle list, one vehicle, a trail; READS per
# second, 2) from the observer, which every SAMPLE seconds (60) records the silo's managed heap, GC
# counts, thread-pool and OS threads, open handles, working set (/metrics and /proc) and request
# percentiles, then says whether they stayed flat after WARMUP samples (5).
# Starts its own silo (Release build of this checkout, Development environment for plain-http
# cookies) on PORT (8573) over a fresh database DB (tf_soak) on the shared PostgreSQL, and stops it
# at the end; KEEP_DB=1 keeps the database. Output in OUT (/tmp/titanfleet-soak). Run from the repo root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

DURATION="${DURATION:-1800}"
VEHICLES="${VEHICLES:-2000}"
INTERVAL="${INTERVAL:-10}"
DASHBOARDS="${DASHBOARDS:-3}"
READS="${READS:-2}"
SAMPLE="${SAMPLE:-60}"
WARMUP="${WARMUP:-5}"
PORT="${PORT:-8573}"
DB="${DB:-tf_soak}"
OUT="${OUT:-/tmp/titanfleet-soak}"
PG="Host=127.0.0.1;Port=55432;Username=postgres"
SIM=(dotnet "$root/loadtest/TitanFleet.Simulator/bin/Release/net10.0/TitanFleet.Simulator.dll")
mkdir -p "$OUT"

./scripts/postgres.sh >/dev/null
[[ -n "${NO_BUILD:-}" ]] || dotnet build -c Release -v q -nologo TitanFleet.Silo loadtest/TitanFleet.Simulator
psql -h 127.0.0.1 -p 55432 -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

echo "soak $(date -u +%FT%TZ): $VEHICLES vehicles every ${INTERVAL}s, $DASHBOARDS dashboards, $READS reads/s, ${DURATION}s; load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" | tee "$OUT/header.txt"
(cd TitanFleet.Silo/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Development \
  ConnectionStrings__Postgres="$PG;Database=$DB" Demo__Seed=true Demo__Vehicles="$VEHICLES" \
  Urls="http://127.0.0.1:$PORT" Orleans__SiloPort=$((PORT + 3000)) Orleans__GatewayPort=0 Orleans__ClusterId="soak-$PORT" \
  dotnet TitanFleet.Silo.dll) > "$OUT/silo.log" 2>&1 &
silo=$!
stop_silo() { kill -TERM "$silo" 2>/dev/null && wait "$silo" 2>/dev/null || true; }
trap stop_silo EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/ready" && break
  kill -0 "$silo" 2>/dev/null || { tail -n 40 "$OUT/silo.log"; exit 1; }
  sleep 1
done
silo_pid="$silo" # the subshell exec-s into env and then dotnet: the same process

"${SIM[@]}" load --url "http://127.0.0.1:$PORT" --mode single --vehicles "$VEHICLES" --interval "$INTERVAL" \
  --dashboards "$DASHBOARDS" --duration "$DURATION" --warmup 0 --connections 32 --json "$OUT/load.json" > "$OUT/load.txt" 2>&1 &
load=$!
"${SIM[@]}" soak --url "http://127.0.0.1:$PORT" --pid "$silo_pid" --duration "$DURATION" --sample "$SAMPLE" \
  --warmup-samples "$WARMUP" --reads-per-second "$READS" --vehicles "$VEHICLES" --json "$OUT/soak.json" | tee "$OUT/soak.txt"
wait "$load" || true
echo "--- load generator (positions and dashboards over the whole run)"
cat "$OUT/load.txt"
stop_silo
[[ -n "${KEEP_DB:-}" ]] || psql -h 127.0.0.1 -p 55432 -U postgres -q -c "DROP DATABASE IF EXISTS $DB"

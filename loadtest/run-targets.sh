#!/usr/bin/env bash
# The ratio targets, each against a reference measured in the same round:
#   1. /api/live (wrk) vs single-position ingestion (wrk, same threads/connections/duration)
#   2. raw binary COPY into location_history (simulator copy) vs batched ingestion (simulator load --mode batch)
# Needs a running silo seeded with 10,000 demo vehicles (see loadtest/README.md). Every step is
# bounded in time; results go to $OUT (default /tmp/titanfleet-targets). Run from the repo root.
set -euo pipefail

URL="${URL:-http://127.0.0.1:8090}"
DB="${DB:-Host=127.0.0.1;Port=55432;Username=postgres;Database=tf_load}"
ROUNDS="${ROUNDS:-3}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
OUT="${OUT:-/tmp/titanfleet-targets}"
MAX_WAIT="${MAX_WAIT:-300}"
SIM=(dotnet loadtest/TitanFleet.Simulator/bin/Release/net10.0/TitanFleet.Simulator.dll)
mkdir -p "$OUT"

load1() { cut -d' ' -f1 /proc/loadavg; }

# The machine is shared: wait (bounded) for the 1-minute load average to drop below 1.5.
wait_quiet() {
  local waited=0
  while awk -v l="$(load1)" 'BEGIN { exit !(l > 1.5) }' && [ "$waited" -lt "$MAX_WAIT" ]; do
    sleep 10; waited=$((waited + 10))
  done
  echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (waited ${waited}s)"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%FT%TZ)"
echo "warming caches and activating the 10,000 vehicles (not measured)"
"${SIM[@]}" load --url "$URL" --mode single --vehicles 10000 --interval 20 --duration 21 --warmup 0 --connections 64 | tail -n 3

for round in $(seq 1 "$ROUNDS"); do
  echo "=== round $round"
  wait_quiet
  echo "--- /api/live: wrk -t1 -c$CONNECTIONS -d${SECONDS_PER_RUN}s"
  wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$URL/api/live" | tee "$OUT/live-$round.txt"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "--- single position: wrk -t1 -c$CONNECTIONS -d${SECONDS_PER_RUN}s -s loadtest/wrk/single.lua"
  # FIX_AGE=0: newer than the warm-up's fixes (posted at the current time), so no fix is a late one.
  FIX_AGE=0 WRK_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s loadtest/wrk/single.lua "$URL" | tee "$OUT/single-$round.txt"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "--- batched ingestion: simulator load --mode batch (100 positions, one vehicle per request)"
  "${SIM[@]}" load --url "$URL" --mode batch --batch-size 100 --vehicles 10000 --interval 0 --connections 16 \
    --duration "$SECONDS_PER_RUN" --warmup 2 --json "$OUT/batch-$round.json" | tail -n 3
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "--- raw binary COPY: simulator copy (1,000 rows per COPY, 1 connection)"
  "${SIM[@]}" copy --db "$DB" --connections 1 --rows-per-copy 1000 --duration "$SECONDS_PER_RUN" --json "$OUT/copy-$round.json" | tail -n 2
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
done

#!/usr/bin/env bash
# Single-position ingestion against /api/live, one round, fixes in order unless said otherwise:
#   warm: back to back over VEHICLES (10,000) right after every vehicle has posted (caches filled);
#   cold: after a pause of PAUSE seconds (default 65), each of COLD_VEHICLES (40,000) posts exactly
#         once (wrk stops when all have answered), so every post finds its vehicle idle for at least
#         PAUSE seconds, as a real tracker posting every 5 s to 5 min does: per-vehicle caches and the
#         state-write interval (30 s) have run out. Its rate is the "once:" line (wrk's Requests/sec
#         divides by the whole -d);
#   late: back to back over VEHICLES with fix times ten minutes older than each vehicle's newest fix
#         (trackers that were offline uploading a backlog after a newer fix): every fix is out of order.
# The warm-up is wrk itself posting each vehicle once at the current time, so the warm and cold fixes
# (FIX_AGE=0) are newer than every stored fix. Until 2026-11-30 the warm-up was the simulator posting
# at the current time and the runs posted ten minutes back, so both "warm" and "cold" were late fixes.
# Needs a running silo seeded with COLD_VEHICLES demo vehicles (Demo__Vehicles=40000, loadtest/README.md)
# and the per-device rate limit lifted. Run from the repo root.
set -euo pipefail

URL="${URL:-http://127.0.0.1:8090}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
PAUSE="${PAUSE:-65}"
VEHICLES="${VEHICLES:-10000}"
COLD_VEHICLES="${COLD_VEHICLES:-40000}"
OUT="${OUT:-/tmp/titanfleet-cadence}"
mkdir -p "$OUT"
load() { cut -d' ' -f1-3 /proc/loadavg; }
single() { # name, then env assignments for single.lua
  local name=$1; shift
  env WRK_THREADS=1 "$@" wrk -t1 -c"$CONNECTIONS" -d"${DURATION:-${SECONDS_PER_RUN}s}" --latency -s loadtest/wrk/single.lua "$URL" | tee "$OUT/$name.txt"
}

echo "warming: each of $COLD_VEHICLES vehicles posts once (not measured); load $(load)"
DURATION=300s single warmup ONCE=1 VEHICLES="$COLD_VEHICLES" FIX_AGE=0 | grep -E "once:|Non-2xx|errors" || true
echo "--- /api/live; load $(load)"
wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$URL/api/live" | tee "$OUT/live.txt"
echo "--- single, warm; load $(load)"
single warm VEHICLES="$VEHICLES" FIX_AGE=0
echo "--- pause ${PAUSE}s"
sleep "$PAUSE"
echo "--- single, cold (each vehicle once); load $(load)"
DURATION=300s single cold ONCE=1 VEHICLES="$COLD_VEHICLES" FIX_AGE=0
echo "--- single, late (fixes ten minutes older than each vehicle's newest); load $(load)"
single late VEHICLES="$VEHICLES" FIX_AGE=600

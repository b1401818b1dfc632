#!/usr/bin/env bash
# Single-position ingestion at two cadences against /api/live, one round:
#   warm: right after every vehicle has posted (caches filled, grain state just written);
#   cold: after a pause of PAUSE seconds (default 65), so each vehicle posts about once a minute,
#         as a real tracker posting every 5 s to 5 min does: per-vehicle caches and the state-write
#         interval (30 s) have run out between two posts.
# Needs a running silo seeded with 10,000 demo vehicles (loadtest/README.md). Run from the repo root.
set -euo pipefail

URL="${URL:-http://127.0.0.1:8090}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
PAUSE="${PAUSE:-65}"
OUT="${OUT:-/tmp/titanfleet-cadence}"
SIM=(dotnet loadtest/TitanFleet.Simulator/bin/Release/net10.0/TitanFleet.Simulator.dll)
mkdir -p "$OUT"
load() { cut -d' ' -f1-3 /proc/loadavg; }
single() { WRK_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s loadtest/wrk/single.lua "$URL" | tee "$OUT/$1.txt"; }

echo "warming: every vehicle posts once (not measured); load $(load)"
"${SIM[@]}" load --url "$URL" --mode single --vehicles 10000 --interval 20 --duration 21 --warmup 0 --connections 64 | tail -n 3
echo "--- /api/live; load $(load)"
wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$URL/api/live" | tee "$OUT/live.txt"
echo "--- single, warm; load $(load)"
single warm
echo "--- pause ${PAUSE}s"
sleep "$PAUSE"
echo "--- single, cold; load $(load)"
single cold

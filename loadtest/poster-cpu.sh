#!/usr/bin/env bash
# CPU per posted position of the two load generators, to check the simulator's posting client is not
# what a push run measures (issue 12): the same closed loop (32 connections, single positions, 10,000
# vehicles, back to back) driven by wrk and then by the simulator, each process's CPU read from /proc.
# Needs a running silo seeded with 10,000 demo vehicles. Run from the repo root, inside quiet.sh.
set -euo pipefail

URL="${URL:-http://127.0.0.1:8090}"
SILO_PID="${SILO_PID:?the silo process id, for its CPU}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
SIM=(dotnet "${SIM_DLL:-loadtest/TitanFleet.Simulator/bin/Release/net10.0/TitanFleet.Simulator.dll}")
OUT="${OUT:-/tmp/titanfleet-poster-cpu}"
mkdir -p "$OUT"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
per_request() { echo "scale=1; ($2 - $1) * 1000000 / $hz / $3" | bc; }

WRK_THREADS=1 wrk -t1 -c32 -d"${SECONDS_PER_RUN}s" -s loadtest/wrk/single.lua "$URL" > "$OUT/wrk.txt" &
gen=$!; silo0=$(ticks "$SILO_PID"); sleep 0.2; gen0=$(ticks "$gen")
sleep "$((SECONDS_PER_RUN - 1))"; gen1=$(ticks "$gen"); silo1=$(ticks "$SILO_PID")
wait "$gen"
requests=$(awk '/requests in/ {print $1}' "$OUT/wrk.txt")
echo "wrk: $requests requests, $(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.txt") req/s; CPU µs per request: wrk $(per_request "$gen0" "$gen1" "$requests"), silo $(per_request "$silo0" "$silo1" "$requests")"

"${SIM[@]}" load --url "$URL" --vehicles 10000 --interval 0 --connections 32 --duration "$SECONDS_PER_RUN" --warmup 0 --json "$OUT/sim.json" > "$OUT/sim.txt" &
gen=$!; sleep 2; silo0=$(ticks "$SILO_PID"); gen0=$(ticks "$gen"); t0=$(date +%s.%N)
sleep "$((SECONDS_PER_RUN - 3))"; gen1=$(ticks "$gen"); silo1=$(ticks "$SILO_PID"); t1=$(date +%s.%N)
wait "$gen"
rate=$(grep -o '"requestsPerSecond": *[0-9.]*' "$OUT/sim.json" | head -n 1 | grep -o '[0-9.]*$' || true)
echo "simulator: $rate req/s (from its report); CPU µs per request over the middle $(echo "$t1 - $t0" | bc | cut -c1-4) s: simulator $(per_request "$gen0" "$gen1" "$(echo "$rate * ($t1 - $t0)" | bc)"), silo $(per_request "$silo0" "$silo1" "$(echo "$rate * ($t1 - $t0)" | bc)")"
tail -n 4 "$OUT/sim.txt"

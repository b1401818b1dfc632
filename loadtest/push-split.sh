#!/usr/bin/env bash
# Push delay with the dashboards in a process of their own, so their CPU is not charged to the
# server's figure (issue 12): one simulator posts for VEHICLES vehicles every INTERVAL s with no
# dashboards; once it is measuring, a second one posts for a single other vehicle and holds
# DASHBOARDS dashboards, which measure the delay (arrival - fix time) of every vehicle's updates, in
# a window inside the posting one. Over the dashboards' window, CPU seconds of the silo and of each
# simulator process are read from /proc, and the silo's push-delay histograms from /metrics, so the
# delay splits into ingestion (post latency), the coalescing wait, the fix's age when the hub hands
# it to the dashboards, and the rest (network and the dashboards' parsing: dashboard delay minus the
# age at send).
# Needs a running silo seeded with 10,000 demo vehicles (loadtest/README.md). Run from the repo root.
set -euo pipefail

URL="${URL:-http://127.0.0.1:8090}"
SILO_PID="${SILO_PID:?the silo process id, for its CPU}"
VEHICLES="${VEHICLES:-10000}"
INTERVAL="${INTERVAL:-1}"
DASHBOARDS="${DASHBOARDS:-50}"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-15}"
OUT="${OUT:-/tmp/titanfleet-push}"
SIM=(dotnet "${SIM_DLL:-loadtest/TitanFleet.Simulator/bin/Release/net10.0/TitanFleet.Simulator.dll}")
# The dashboards measure for this much less than the posts, so their window (connect, then 3 s of
# warm-up) falls inside the posting one.
MARGIN=12
# An overloaded silo can leave a simulator draining its backlog long after its run: bound both.
LIMIT=$((WARMUP + DURATION + 60))
mkdir -p "$OUT"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
child() { pgrep -P "$1" | head -n 1; }
measuring() { for _ in $(seq 600); do grep -q '^measuring' "$1" 2> /dev/null && return 0; sleep 0.2; done; echo "no 'measuring' in $1"; return 1; }
hz=$(getconf CLK_TCK)

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
timeout --kill-after=5 "$LIMIT" "${SIM[@]}" load --url "$URL" --vehicles "$((VEHICLES - 1))" --interval "$INTERVAL" --connections 256 \
  --duration "$DURATION" --warmup "$WARMUP" --json "$OUT/posts.json" > "$OUT/posts.txt" &
posts_job=$!
measuring "$OUT/posts.txt"
timeout --kill-after=5 "$LIMIT" "${SIM[@]}" load --url "$URL" --vehicles 1 --first "$VEHICLES" --interval 1 --dashboards "$DASHBOARDS" \
  --duration "$((DURATION - MARGIN))" --warmup 3 --json "$OUT/dashboards.json" > "$OUT/dashboards.txt" &
dashboards_job=$!
measuring "$OUT/dashboards.txt"
posts=$(child "$posts_job"); dashboards=$(child "$dashboards_job")
silo0=$(ticks "$SILO_PID"); posts0=$(ticks "$posts"); dash0=$(ticks "$dashboards"); t0=$(date +%s.%N)
curl -sf "$URL/metrics" > "$OUT/metrics-0.txt" || true
sleep "$((DURATION - MARGIN - 2))"
silo1=$(ticks "$SILO_PID"); posts1=$(ticks "$posts"); dash1=$(ticks "$dashboards"); t1=$(date +%s.%N)
curl -sf "$URL/metrics" > "$OUT/metrics-1.txt" || true
wait "$posts_job" "$dashboards_job" || echo "a simulator ended with an error or was stopped after ${LIMIT}s"
cores() { echo "scale=2; ($2 - $1) / $hz / ($t1 - $t0)" | bc; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cores used over the dashboards' window: silo $(cores "$silo0" "$silo1"), posting simulator $(cores "$posts0" "$posts1"), dashboards simulator $(cores "$dash0" "$dash1")"
echo "--- posts"; tail -n 6 "$OUT/posts.txt"
echo "--- dashboards"; tail -n 6 "$OUT/dashboards.txt"
echo "--- silo, dashboards' window"
for metric in titanfleet_ingest_duration titanfleet_push_coalesce_wait titanfleet_push_fix_age_at_send; do
  "$(dirname "$0")/histogram-delta.sh" "$OUT/metrics-0.txt" "$OUT/metrics-1.txt" "$metric"
done

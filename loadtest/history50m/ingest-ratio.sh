#!/usr/bin/env bash
# Single-position ingestion with 50 million history rows present vs an empty database (issue 13):
# two silos of the same build, one over the seeded database (HIST_URL) and one over a database with
# the same 1,000 demo vehicles and no history (EMPTY_URL), measured alternately in ROUNDS rounds
# (the order flips each round) with the repo's wrk recipe, after a warm-up in which each vehicle posts.
# Fix times are the last ten minutes, so every insert lands in the current month's partition,
# which holds most of the seeded rows in the seeded database. Run from the repo root.
set -euo pipefail
HIST_URL="${HIST_URL:-http://127.0.0.1:8571}"
EMPTY_URL="${EMPTY_URL:-http://127.0.0.1:8572}"
ROUNDS="${ROUNDS:-3}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
OUT="${OUT:-/tmp/titanfleet-ingest-ratio}"
mkdir -p "$OUT"

# Warm-up with the measured recipe itself: its fix times (ten minutes back from its start) precede
# every measured run's, so no measured fix is late. A warm-up at the current time (the simulator's
# load, as this script did until 2026-11-30) made every measured fix a late one for the vehicles it reached, and a late
# fix recomputes its day's rollup from history: the two silos then measured different paths.
# WARMUP seconds must let every vehicle post once on a cold silo (about 20 first posts a second), and
# a rerun must start at least ten minutes after the last fix of any earlier one.
for url in "$HIST_URL" "$EMPTY_URL"; do
  VEHICLES=1000 WRK_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d"${WARMUP:-60}s" -s loadtest/wrk/single.lua "$url" | grep -E "requests in|Non-2xx" || true
done

run() { # name url round -> "req/s p99 non2xx"
  VEHICLES=1000 WRK_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s loadtest/wrk/single.lua "$2" > "$OUT/$1-$3.txt"
  awk '/Requests\/sec/ {r=$2} /^ +99%/ {p=$2} /Non-2xx/ {e=$5} /Socket errors/ {s=$0} END {printf "%s %s %s", r, p, (e==""?0:e)}' "$OUT/$1-$3.txt"
}

echo "| round | load (1 min) | 50M rows: req/s (p99, non-2xx) | empty: req/s (p99, non-2xx) | ratio |"
echo "| --- | --- | --- | --- | --- |"
for round in $(seq 1 "$ROUNDS"); do
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if (( round % 2 )); then hist=($(run hist "$HIST_URL" "$round")); empty=($(run empty "$EMPTY_URL" "$round"))
  else empty=($(run empty "$EMPTY_URL" "$round")); hist=($(run hist "$HIST_URL" "$round")); fi
  ratio="$(awk -v a="${hist[0]}" -v b="${empty[0]}" 'BEGIN {printf "%.3f", a / b}')"
  echo "| $round | $load | ${hist[0]} (${hist[1]}, ${hist[2]}) | ${empty[0]} (${empty[1]}, ${empty[2]}) | $ratio |"
done

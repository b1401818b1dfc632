#!/usr/bin/env bash
# A/B of two Release builds on single-position ingestion (rollups on, the default): A_BIN and B_BIN are the
# folders holding TitanFleet.Silo.dll (e.g. main's and a branch's bin/Release/net10.0). Each side has its own
# database (DB_A, DB_B; created by the silo's migrator when missing and kept: drop them when done), so a
# branch's migrations never reach the other side. Rounds alternate which side runs first. Per run: the silo
# starts, a 5 s wrk warm-up (not measured), then `wrk -t1 -c32 -d12s`; figures go to $OUT/summary.txt with
# the load average, the group commits' duration and size over the measured run (histograms from /metrics),
# the B/A ratio of each round and the medians at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${A_BIN:?folder of build A}" "${B_BIN:?folder of build B}"
OUT=${OUT:-/tmp/build-ab}; mkdir -p "$OUT"
ROUNDS=${ROUNDS:-3}
FIRST_ROUND=${FIRST_ROUND:-1}
PORT=${PORT:-8098}
SILO_PORT=${SILO_PORT:-$((PORT + 3000))}
DB_A=${DB_A:-tf_build_ab_a}
DB_B=${DB_B:-tf_build_ab_b}
CLUSTER=${CLUSTER:-buildab}
VEHICLES=${VEHICLES:-2000}
URL="http://127.0.0.1:$PORT"
start() {  # side, run name
  local bin db
  if [ "$1" = a ]; then bin=$A_BIN; db=$DB_A; else bin=$B_BIN; db=$DB_B; fi
  ( cd "$bin" && \
    ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Postgres="Host=127.0.0.1;Port=55432;Username=postgres;Database=$db" \
    Demo__Seed=true Demo__Vehicles=$VEHICLES Ingestion__DeviceFixPermits=1000000 Ingestion__DeviceFixBurst=1000000 \
    Urls=$URL Orleans__SiloPort=$SILO_PORT Orleans__GatewayPort=0 Orleans__ClusterId=$CLUSTER-$1 \
    Logging__LogLevel__Default=Warning exec dotnet TitanFleet.Silo.dll > "$OUT/silo-$2.log" 2>&1 ) &
  SILO=$!
  for i in $(seq 1 180); do curl -sf "$URL/api/live" >/dev/null && break; sleep 1; done
}
stop() { kill $SILO; wait $SILO 2>/dev/null; }
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
mean() {  # before, after, metric: the histogram's mean and count between the two scrapes
  awk -v m="$3" 'index($0, m) == 1 && $1 ~ /_(sum|count)[{]/ { k = ($1 ~ /_sum[{]/) ? "sum" : "count"; v[k] += (FILENAME == ARGV[1] ? -$NF : $NF) }
    END { if (v["count"] > 0) printf "%s: mean %.2f over %d\n", m, v["sum"] / v["count"], v["count"] }' "$1" "$2" | tee -a "$OUT/summary.txt"
}
run() {  # side, round
  start "$1" "$2-$1"
  VEHICLES=$VEHICLES WRK_THREADS=1 wrk -t1 -c32 -d5s -s loadtest/wrk/single.lua "$URL" > /dev/null
  echo "round $2 side $1 load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"
  curl -s "$URL/metrics" > "$OUT/$2-$1.before"
  VEHICLES=$VEHICLES WRK_THREADS=1 wrk -t1 -c32 -d12s --latency -s loadtest/wrk/single.lua "$URL" | tee "$OUT/$2-$1.txt" \
    | grep -E "Requests/sec|99%|Non-2xx|50%" | tee -a "$OUT/summary.txt"
  curl -s "$URL/metrics" > "$OUT/$2-$1.after"
  for metric in titanfleet_group_commit_duration titanfleet_group_commit_size; do mean "$OUT/$2-$1.before" "$OUT/$2-$1.after" "$metric"; done
  stop
}
for round in $(seq "$FIRST_ROUND" $((FIRST_ROUND + ROUNDS - 1))); do
  if [ $((round % 2)) = 1 ]; then run a "$round"; run b "$round"; else run b "$round"; run a "$round"; fi
  echo "round $round B/A $(awk -v a="$(rate "$OUT/$round-a.txt")" -v b="$(rate "$OUT/$round-b.txt")" 'BEGIN {printf "%.3f", b / a}')" | tee -a "$OUT/summary.txt"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
as=(); bs=(); ratios=()
for f in "$OUT"/*-a.txt; do
  round=$(basename "$f" -a.txt)
  [ -f "$OUT/$round-b.txt" ] || continue
  as+=("$(rate "$f")"); bs+=("$(rate "$OUT/$round-b.txt")")
  ratios+=("$(awk -v a="$(rate "$f")" -v b="$(rate "$OUT/$round-b.txt")" 'BEGIN {printf "%.3f", b / a}')")
done
echo "median req/s A $(median "${as[@]}") B $(median "${bs[@]}") B/A $(median "${ratios[@]}") over ${#ratios[@]} rounds" | tee -a "$OUT/summary.txt"

#!/usr/bin/env bash
# A/B: single-position ingestion with rollups on vs off, same database, alternating silo restarts.
# Needs a Release build (dotnet build -c Release). Run from anywhere; figures go to $OUT/summary.txt,
# with the on/off ratio of each round and the medians at the end. The database (DB_NAME) is created
# by the silo's migrator when missing and kept: drop it when done. PORT is the silo's HTTP port and
# SILO_PORT its silo port (default PORT + 3100), so two engineers' runs do not collide.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/rollups-bench}; mkdir -p "$OUT"
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-8097}
SILO_PORT=${SILO_PORT:-$((PORT + 3100))}
DB_NAME=${DB_NAME:-tf_rollups_bench}
CLUSTER=${CLUSTER:-rollupsbench}
DB="Host=127.0.0.1;Port=55432;Username=postgres;Database=$DB_NAME"
URL="http://127.0.0.1:$PORT"
start() {
  ( cd TitanFleet.Silo/bin/Release/net10.0 && \
    ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Postgres="$DB" Demo__Seed=true Demo__Vehicles=2000 Ingestion__DeviceFixPermits=1000000 Ingestion__DeviceFixBurst=1000000 \
    Rollups__Enabled=$1 Urls=$URL Orleans__SiloPort=$SILO_PORT Orleans__GatewayPort=0 Orleans__ClusterId=$CLUSTER \
    Logging__LogLevel__Default=Warning exec dotnet TitanFleet.Silo.dll > "$OUT/silo-$2.log" 2>&1 ) &
  SILO=$!
  for i in $(seq 1 180); do curl -sf "$URL/api/live" >/dev/null && break; sleep 1; done
}
stop() { kill $SILO; wait $SILO 2>/dev/null; }
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  for mode in true false; do
    start $mode $round-$mode
    VEHICLES=2000 WRK_THREADS=1 wrk -t1 -c32 -d5s -s loadtest/wrk/single.lua "$URL" > /dev/null  # warm: grains active
    echo "round $round rollups=$mode load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/summary.txt"
    VEHICLES=2000 WRK_THREADS=1 wrk -t1 -c32 -d12s --latency -s loadtest/wrk/single.lua "$URL" | tee "$OUT/$round-$mode.txt" | grep -E "Requests/sec|99%|Non-2xx|50%" | tee -a "$OUT/summary.txt"
    stop
  done
  ratio=$(awk -v a="$(rate "$OUT/$round-true.txt")" -v b="$(rate "$OUT/$round-false.txt")" 'BEGIN {printf "%.3f", a / b}')
  ratios+=("$ratio")
  echo "round $round on/off $ratio" | tee -a "$OUT/summary.txt"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
on=(); off=()
for round in $(seq 1 "$ROUNDS"); do on+=("$(rate "$OUT/$round-true.txt")"); off+=("$(rate "$OUT/$round-false.txt")"); done
echo "median req/s on $(median "${on[@]}") off $(median "${off[@]}") on/off $(median "${ratios[@]}")" | tee -a "$OUT/summary.txt"

#!/usr/bin/env bash
# A/B: single-position ingestion with rollups on vs off, same database, alternating silo restarts.
# Needs a Release build (dotnet build -c Release). Run from anywhere; figures go to $OUT/summary.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/rollups-bench}; mkdir -p $OUT
DB="Host=127.0.0.1;Port=55432;Username=postgres;Database=tf_rollups_bench"
start() {
  ( cd TitanFleet.Silo/bin/Release/net10.0 && \
    ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Postgres="$DB" Demo__Seed=true Demo__Vehicles=2000 Ingestion__DeviceFixPermits=1000000 Ingestion__DeviceFixBurst=1000000 \
    Rollups__Enabled=$1 Urls=http://127.0.0.1:8097 Orleans__SiloPort=11197 Orleans__GatewayPort=0 Orleans__ClusterId=rollupsbench \
    Logging__LogLevel__Default=Warning exec dotnet TitanFleet.Silo.dll > $OUT/silo-$2.log 2>&1 ) &
  SILO=$!
  for i in $(seq 1 180); do curl -sf http://127.0.0.1:8097/api/live >/dev/null && break; sleep 1; done
}
stop() { kill $SILO; wait $SILO 2>/dev/null; }
for round in 1 2; do
  for mode in true false; do
    start $mode $round-$mode
    VEHICLES=2000 WRK_THREADS=1 wrk -t1 -c32 -d5s -s loadtest/wrk/single.lua http://127.0.0.1:8097 > /dev/null  # warm: grains active
    echo "round $round rollups=$mode load $(cut -d' ' -f1 /proc/loadavg)" | tee -a $OUT/summary.txt
    VEHICLES=2000 WRK_THREADS=1 wrk -t1 -c32 -d12s --latency -s loadtest/wrk/single.lua http://127.0.0.1:8097 | tee $OUT/$round-$mode.txt | grep -E "Requests/sec|99%|Non-2xx|50%" | tee -a $OUT/summary.txt
    stop
  done
done

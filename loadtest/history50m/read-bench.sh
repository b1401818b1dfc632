#!/usr/bin/env bash
# The 50M-row read benchmarks (issue 13: a day's route < 50 ms, the 30-day fleet utilisation report < 200 ms)
# for one or more silo builds in turn, over the seeded database (read only: no demo seed, no migrations to apply
# when the build's are there already). For each build: start its silo, run `history-bench` ROUNDS times (routes,
# random day and same day, plus REPORT_PATH), then EXTRA_PATH once, stop the silo. Run it under quiet.sh.
#   BUILDS="/path/to/TitanFleet.Silo/bin/Release/net10.0 ..." loadtest/history50m/read-bench.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DB="${DB:-tf_b50m_hist}"
PORT="${PORT:-8132}"
ROUNDS="${ROUNDS:-3}"
REQUESTS="${REQUESTS:-100}"
WARMUP="${WARMUP:-10}"
# Set apart: a "}" inside ${VAR:-default} would end the expansion early.
default_report='/api/reports/utilisation?from={from}&to={to}'
default_extra='/api/reports/utilisation?from={from}&to={to}&groupBy=day&format=csv'
REPORT_PATH="${REPORT_PATH:-$default_report}"
EXTRA_PATH="${EXTRA_PATH-$default_extra}"
OUT="${OUT:-/tmp/read-bench}"
SIM="dotnet $root/loadtest/TitanFleet.Simulator/bin/Release/net10.0/TitanFleet.Simulator.dll"
mkdir -p "$OUT"
build_no=0
for build in ${BUILDS:-$root/TitanFleet.Silo/bin/Release/net10.0}; do
  build_no=$((build_no + 1))
  (cd "$build" && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Postgres="Host=127.0.0.1;Port=55432;Username=postgres;Database=$DB" \
    Demo__Seed=false LoginRateLimit__PermitLimit=1000000 Urls="http://127.0.0.1:$PORT" \
    Orleans__SiloPort=$((PORT + 3000)) Orleans__GatewayPort=0 Orleans__ClusterId="readbench-$PORT" \
    exec dotnet TitanFleet.Silo.dll > "$OUT/silo-$build_no.log" 2>&1) &
  silo=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/ready" && break; sleep 1; done
  echo "build $build_no ($build): silo $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/ready"), load $(cut -d' ' -f1-3 /proc/loadavg)"
  for round in $(seq 1 "$ROUNDS"); do
    echo "build $build_no round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
    $SIM history-bench --url "http://127.0.0.1:$PORT" --requests "$REQUESTS" --warmup "$WARMUP" --report-path "$REPORT_PATH" \
      --json "$OUT/build$build_no-round$round.json"
  done
  if [ -n "$EXTRA_PATH" ]; then
    echo "build $build_no extra, load $(cut -d' ' -f1-3 /proc/loadavg)"
    $SIM history-bench --url "http://127.0.0.1:$PORT" --requests 20 --warmup 3 --report-path "$EXTRA_PATH" --json "$OUT/build$build_no-extra.json"
  fi
  kill "$silo"; wait "$silo" || true
done

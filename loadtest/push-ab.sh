#!/usr/bin/env bash
# Push delay A/B (issue 12): the Release silo restarted for every run with the push flush tick of
# build A (Push__FlushTick = the interval, i.e. the old flush once per interval) or B (the default
# tick), alternating A B for ROUNDS rounds, each run measured by push-split.sh (dashboards in their
# own process, CPU per process, the silo's push-delay histograms). Needs a database already seeded
# with the demo fleet (start the silo once with Demo__Seed=true Demo__Vehicles=10000) and a Release
# build of the silo and the simulator. Run from the repo root, inside /work/briefs/quiet.sh.
set -euo pipefail

DB="${DB:?database name, seeded with the demo fleet}"
PORT="${PORT:-8135}"
ROUNDS="${ROUNDS:-3}"
BUILDS="${BUILDS:-A B}"
# Fleet sizes per round (each vehicle posts once a second): the 10,000 and one the silo keeps up with.
FLEETS="${FLEETS:-10000}"
# Stop starting runs past this many seconds, so the whole session stays inside quiet.sh's 12 minutes.
BUDGET="${BUDGET:-660}"
TICK_A="${TICK_A:-00:00:00.250}"
TICK_B="${TICK_B:-00:00:00.050}"
OUT="${OUT:-/tmp/titanfleet-push-ab}"
SILO_DIR="TitanFleet.Silo/bin/Release/net10.0"
mkdir -p "$OUT"

started=$(date +%s)

run() {
  local build="$1" round="$2" vehicles="$3" tick
  [[ "$build" == A ]] && tick="$TICK_A" || tick="$TICK_B"
  (cd "$SILO_DIR" && ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
    ConnectionStrings__Postgres="Host=127.0.0.1;Port=55432;Username=postgres;Database=$DB" \
    Demo__Seed=true Demo__Vehicles=10000 LoginRateLimit__PermitLimit=1000000 Push__FlushTick="$tick" \
    Urls="http://127.0.0.1:$PORT" Orleans__SiloPort=11135 Orleans__GatewayPort=30135 Orleans__ClusterId=pushdelay \
    exec dotnet TitanFleet.Silo.dll > "$OUT/silo-$build$round-$vehicles.log" 2>&1) &
  local silo=$!
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/api/health" > /dev/null && break; sleep 0.5; done
  echo "=== $build$round, $vehicles vehicles (Push__FlushTick=$tick) $(date -u +%T)"
  SILO_PID="$silo" URL="http://127.0.0.1:$PORT" OUT="$OUT/$build$round-$vehicles" VEHICLES="$vehicles" \
    loadtest/push-split.sh || echo "run $build$round-$vehicles failed"
  kill -TERM "$silo" 2> /dev/null || true
  wait "$silo" 2> /dev/null || true
}

for round in $(seq "$ROUNDS"); do
  for vehicles in $FLEETS; do
    for build in $BUILDS; do
      if (( $(date +%s) - started > BUDGET )); then echo "time budget spent: $build$round-$vehicles not run"; continue; fi
      run "$build" "$round" "$vehicles"
    done
  done
done

#!/usr/bin/env bash
# Push delay A/B (issue 12): two Release silos side by side, A with the old flush once per interval
# (Push__FlushTick = the interval) and B with the default tick, each on a database of its own seeded
# with the demo fleet; both warmed (every vehicle posting for WARM_SECONDS, so grains are active and
# code is jitted), then runs alternate A B for ROUNDS rounds, each measured by push-split.sh
# (dashboards in their own process, CPU per process, the silo's push-delay histograms).
# Needs a Release build of the silo and the simulator. Run from the repo root, inside
# /work/briefs/quiet.sh (it keeps to BUDGET seconds, under quiet.sh's 12 minutes).
set -euo pipefail

DB_A="${DB_A:?database for silo A}"
DB_B="${DB_B:?database for silo B}"
PORT_A="${PORT_A:-8135}"
PORT_B="${PORT_B:-18135}"
ROUNDS="${ROUNDS:-3}"
# Fleet sizes per round (each vehicle posts once a second): the 10,000 and one the silo keeps up with.
FLEETS="${FLEETS:-10000}"
WARM_SECONDS="${WARM_SECONDS:-25}"
BUDGET="${BUDGET:-640}"
TICK_A="${TICK_A:-00:00:00.250}"
TICK_B="${TICK_B:-00:00:00.050}"
OUT="${OUT:-/tmp/titanfleet-push-ab}"
SIM_DLL="${SIM_DLL:-loadtest/TitanFleet.Simulator/bin/Release/net10.0/TitanFleet.Simulator.dll}"
SILO_DIR="TitanFleet.Silo/bin/Release/net10.0"
mkdir -p "$OUT"
started=$(date +%s)

start_silo() { # name db port silo-port gateway-port tick
  (cd "$SILO_DIR" && ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
    ConnectionStrings__Postgres="Host=127.0.0.1;Port=55432;Username=postgres;Database=$2" \
    Demo__Seed=true Demo__Vehicles=10000 LoginRateLimit__PermitLimit=1000000 Push__FlushTick="$6" \
    Urls="http://127.0.0.1:$3" Orleans__SiloPort="$4" Orleans__GatewayPort="$5" Orleans__ClusterId="pushdelay-$1" \
    exec dotnet TitanFleet.Silo.dll > "$OUT/silo-$1.log" 2>&1) &
  echo $!
}
ready() { for _ in $(seq 240); do curl -sf "http://127.0.0.1:$1/api/health" > /dev/null && return 0; sleep 0.5; done; echo "silo on $1 not ready"; return 1; }

silo_a=$(start_silo A "$DB_A" "$PORT_A" 11135 30135 "$TICK_A")
silo_b=$(start_silo B "$DB_B" "$PORT_B" 21135 40135 "$TICK_B")
trap 'kill -TERM "$silo_a" "$silo_b" 2> /dev/null || true; wait "$silo_a" "$silo_b" 2> /dev/null || true' EXIT
ready "$PORT_A"; ready "$PORT_B"
for port in "$PORT_A" "$PORT_B"; do
  echo "warming the silo on $port: 10000 vehicles for ${WARM_SECONDS}s $(date -u +%T)"
  dotnet "$SIM_DLL" load --url "http://127.0.0.1:$port" --vehicles 10000 --interval 1 --connections 256 \
    --duration "$WARM_SECONDS" --warmup 0 | tail -n 3
done

for round in $(seq "$ROUNDS"); do
  for vehicles in $FLEETS; do
    for build in A B; do
      if (( $(date +%s) - started > BUDGET )); then echo "time budget spent: $build$round-$vehicles not run"; continue; fi
      if [[ "$build" == A ]]; then pid="$silo_a"; port="$PORT_A"; else pid="$silo_b"; port="$PORT_B"; fi
      echo "=== $build$round, $vehicles vehicles $(date -u +%T)"
      SILO_PID="$pid" URL="http://127.0.0.1:$port" OUT="$OUT/$build$round-$vehicles" VEHICLES="$vehicles" SIM_DLL="$SIM_DLL" \
        loadtest/push-split.sh || echo "run $build$round-$vehicles failed"
    done
  done
done

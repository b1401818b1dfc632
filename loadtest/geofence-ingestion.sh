#!/usr/bin/env bash
# Single-position ingestion (wrk, loadtest/wrk/single.lua) with the demo company's 1,000 benchmark
# polygon geofences (50 vertices, over the box single.lua's positions fill) and its live events
# switched off and on, interleaved in one run (off, on, on, off, off, on for ROUNDS=3), and the
# median of the rounds' on/off ratios reported, so each ratio compares neighbours in time on a
# shared machine. "On" is everything a company can switch on, on one silo build: the geofences
# active (enter/exit), a 40 km/h limit for every vehicle type with a 1 s overspeed minimum (single.lua
# drives 40-89 km/h, so overspeed fires), and every event type notifying every office role (rows
# and pushes). "Off" is the geofences inactive, no speed limits, no notification rules. Motion
# (moving/stopped), the offline sweep and the event history store run in both: the silo has no
# switch for them, and what they store follows from what fires. Needs a running Release silo seeded with 10,000 demo vehicles on a
# benchmark database (see BENCHMARKS.md) and the Release build of loadtest/TitanFleet.Benchmarks.
# The geofences are inserted with SQL, inactive (not audited: a benchmark database only); each
# switch is one UPDATE plus one audited API write of a small "bench-switch" geofence, which
# invalidates the company's spatial index on every silo so the next position reloads it.
set -euo pipefail

URL="${URL:-http://127.0.0.1:8124}"
DB="${DB:-postgresql://postgres@127.0.0.1:55432/tf_geofbench}"
ROUNDS="${ROUNDS:-3}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP_SECONDS="${WARMUP_SECONDS:-30}"
OUT="${OUT:-/tmp/titanfleet-geofence-ingestion}"
COMPANY=7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d0001
BENCH=(dotnet loadtest/TitanFleet.Benchmarks/bin/Release/net10.0/TitanFleet.Benchmarks.dll)
mkdir -p "$OUT"
jar="$OUT/cookies.txt"

"${BENCH[@]}" sql "$COMPANY" | psql "$DB" -q
echo "benchmark geofences in the table: $(psql "$DB" -tA -c "SELECT count(*) FROM geofences WHERE company_id = '$COMPANY' AND name LIKE 'bench-0%'")"

curl -sf -c "$jar" -H 'Content-Type: application/json' \
  -d '{"email":"admin@demo.titanfleet.test","password":"TitanDemo!2026"}' "$URL/api/auth/login" > /dev/null
api() { curl -sf -b "$jar" -H 'Content-Type: application/json' "$@"; }
switch_body='{"name":"bench-switch","type":"other","circle":{"latitude":57.5,"longitude":-4.2,"radiusMetres":100}}'
switch_id="$(api "$URL/api/geofences?name=bench-switch" | jq -r '.items[0].id // empty')"
[ -n "$switch_id" ] || switch_id="$(api -d "$switch_body" "$URL/api/geofences" | jq -r .id)"

geofences() {
  psql "$DB" -q -c "UPDATE geofences SET active = $1 WHERE company_id = '$COMPANY' AND name LIKE 'bench-0%'"
  local version
  version="$(api "$URL/api/geofences/$switch_id" | jq .version)"
  # A write that changes nothing is not a write (no invalidation): the radius alternates.
  api -X PUT -d "$(jq -c --argjson v "$version" '. + {version: $v} | .circle.radiusMetres = 100 + $v % 2' <<< "$switch_body")" \
    "$URL/api/geofences/$switch_id" > /dev/null
}

# Company settings and notification rules are versioned: read, change, write back.
live_events() {
  local company rules
  company="$(api "$URL/api/company")"
  if [ "$1" = true ]; then
    api -X PUT -d "$(jq -c '{name, timeZone, displayUnits, walkaroundCheckDueAt, reminderDueSoonDays, osmAndEnabled, version,
      speedLimitsKmh: {hgv: 40, psv: 40, van: 40, car: 40}, overspeedMinDurationSeconds: 1}' <<< "$company")" "$URL/api/company" > /dev/null
  else
    api -X PUT -d "$(jq -c '{name, timeZone, displayUnits, walkaroundCheckDueAt, reminderDueSoonDays, osmAndEnabled, version,
      speedLimitsKmh: {}, overspeedMinDurationSeconds: null}' <<< "$company")" "$URL/api/company" > /dev/null
  fi
  rules="$(api "$URL/api/company/notification-settings")"
  if [ "$1" = true ]; then
    api -X PUT -d "$(jq -c '{version, rules: [.eventTypes[] | {eventType: ., roles: ["admin", "manager", "mechanic"]}]}' <<< "$rules")" \
      "$URL/api/company/notification-settings" > /dev/null
  else
    api -X PUT -d "$(jq -c '{version, rules: []}' <<< "$rules")" "$URL/api/company/notification-settings" > /dev/null
  fi
}

run() {
  local side="$1" label="$2"
  geofences "$side"
  live_events "$side"
  echo "--- geofences $label: wrk -t1 -c$CONNECTIONS -d${SECONDS_PER_RUN}s -s loadtest/wrk/single.lua (load $(cut -d' ' -f1-3 /proc/loadavg))"
  WRK_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s loadtest/wrk/single.lua "$URL" | tee "$OUT/$label-$3.txt" \
    | grep -E "Requests/sec|Non-2xx|Socket errors|requests in|  99%"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%FT%TZ)"
# Activating 10,000 vehicle grains (each reads its state) dominates the first tens of thousands of
# posts: on a busy machine one 10 s warm-up left later runs still speeding up, so warm up longer.
# A fixed warm-up alone did not reach every vehicle (30 s posted 7,479-9,624 of the 10,000 on a
# fresh database, so round 1's "off" paid the rest of the activations and its ratio was void): each
# vehicle first posts once (ONCE=1 ends the run when the last one has answered), then the timed warm-up.
echo "warm-up: every vehicle once, then ${WARMUP_SECONDS}s (vehicles activated, not measured)"
geofences false
live_events false
ONCE=1 WRK_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d300s -s loadtest/wrk/single.lua "$URL" | grep -E "once:|Non-2xx"
WRK_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" -s loadtest/wrk/single.lua "$URL" | grep -E "Requests/sec|requests in|Non-2xx"

for round in $(seq 1 "$ROUNDS"); do
  echo "=== round $round"
  if (( round % 2 == 1 )); then run false off "$round"; run true on "$round"
  else run true on "$round"; run false off "$round"; fi
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rate() { grep -h Requests/sec "$OUT/$1-$2.txt" | awk '{ print $2 }'; }
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  ratio="$(awk -v a="$(rate on "$round")" -v b="$(rate off "$round")" 'BEGIN { printf "%.3f", a / b }')"
  echo "round $round: on $(rate on "$round"), off $(rate off "$round") req/s, on/off $ratio"
  ratios+=("$ratio")
done
echo "non-2xx in any run: $(cat "$OUT"/on-*.txt "$OUT"/off-*.txt | grep -c Non-2xx || true)"
echo "events stored during the run: $(psql "$DB" -tA -c "SELECT type || ' ' || count(*) FROM fleet_events WHERE company_id = '$COMPANY' AND occurred_at > now() - interval '1 hour' GROUP BY type" | paste -sd, -)"
echo "median of $ROUNDS on/off ratios: $(printf '%s\n' "${ratios[@]}" | median)"

#!/usr/bin/env bash
# Starts the two silos the 50M-row benchmarks compare (same Release build of this checkout): one over
# the seeded database HIST_DB on port 8571, one over EMPTY_DB (the same 1,000 demo vehicles, no
# history) on port 8572. The per-device limit of one post a second is lifted (Ingestion__DeviceFix*),
# because wrk rotates over 1,000 devices at thousands of posts a second. Pids in /tmp/titanfleet-50m/.
# Stop them with: kill $(cat /tmp/titanfleet-50m/silo-*.pid)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HIST_DB="${HIST_DB:-tf_b50m_hist}"
EMPTY_DB="${EMPTY_DB:-tf_b50m_empty}"
out=/tmp/titanfleet-50m
mkdir -p "$out"
cd "$root/TitanFleet.Silo/bin/Release/net10.0"
for spec in "hist $HIST_DB 8571" "empty $EMPTY_DB 8572"; do
  set -- $spec
  ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Postgres="Host=127.0.0.1;Port=55432;Username=postgres;Database=$2" \
    Demo__Seed=true Demo__Vehicles=1000 LoginRateLimit__PermitLimit=1000000 \
    Ingestion__DeviceFixPermits=1000000 Ingestion__DeviceFixBurst=1000000 \
    Urls="http://127.0.0.1:$3" Orleans__SiloPort=$(($3 + 3000)) Orleans__GatewayPort=0 Orleans__ClusterId="b50m-$1" \
    nohup dotnet TitanFleet.Silo.dll > "$out/silo-$1.log" 2>&1 &
  echo $! > "$out/silo-$1.pid"
done
for port in 8571 8572; do
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/ready" && break; sleep 1; done
  echo "silo on $port: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/ready")"
done

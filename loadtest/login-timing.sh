#!/usr/bin/env bash
# Median login time for a known email (wrong password) and an unknown email, alternating, so a
# change to how long either takes shows up side by side. Target: a local silo with the demo seed
# and a raised LoginRateLimit__PermitLimit (see README.md, "A silo to test"). Localhost only.
# Usage: loadtest/login-timing.sh [base-url] [attempts-per-kind]
set -euo pipefail
url="${1:-http://127.0.0.1:8090}"
attempts="${2:-200}"
case "$url" in
  http://127.0.0.1:*|http://localhost:*) ;;
  *) echo "refusing non-local target $url" >&2; exit 2 ;;
esac

time_login() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"not-the-password\"}" "$url/api/auth/login"
}

known=$(mktemp) unknown=$(mktemp)
trap 'rm -f "$known" "$unknown"' EXIT
for i in $(seq 1 "$attempts"); do
  time_login "manager@demo.titanfleet.test" >>"$known"
  time_login "nobody-$i@nowhere.titanfleet.test" >>"$unknown"
done

summary() {
  local statuses median
  statuses=$(cut -d' ' -f1 "$1" | sort | uniq -c | awk '{printf "%s x%s ", $2, $1}')
  median=$(cut -d' ' -f2 "$1" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]*1000}')
  echo "$2: median ${median} ms over $(wc -l <"$1") attempts (statuses: ${statuses})"
}
summary "$known" "known email, wrong password"
summary "$unknown" "unknown email"

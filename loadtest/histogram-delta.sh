#!/usr/bin/env bash
# p50/p95/p99 of a Prometheus histogram between two scrapes of /metrics (BEFORE AFTER METRIC, e.g.
# titanfleet_push_coalesce_wait): bucket counts are subtracted, so only the window between the
# scrapes counts; quantiles are interpolated linearly inside a bucket, as histogram_quantile does.
set -euo pipefail
before="$1"; after="$2"; metric="$3"
awk -v metric="$metric" '
  function le_of(line,   m) { match(line, /le="[^"]*"/); return substr(line, RSTART + 4, RLENGTH - 5) }
  index($0, metric) == 1 && $0 ~ /_bucket\{/ {
    le = le_of($0); value = $NF
    if (FILENAME == ARGV[1]) base[le] += value; else { now[le] += value; if (!(le in seen)) { order[++n] = le; seen[le] = 1 } }
  }
  END {
    if (n == 0) { print metric ": no samples"; exit }
    for (i = 1; i <= n; i++) count[i] = now[order[i]] - base[order[i]]
    total = count[n]
    if (total <= 0) { print metric ": no samples in the window"; exit }
    split("0.50 0.95 0.99", qs, " ")
    out = sprintf("%s: %d samples", metric, total)
    for (k = 1; k <= 3; k++) {
      rank = qs[k] * total; lower = 0; prev = 0
      for (i = 1; i <= n; i++) {
        upper = order[i]
        if (count[i] >= rank) {
          if (upper == "+Inf") { value = "> " lower } else { value = sprintf("%.0f", lower + (upper - lower) * (rank - prev) / (count[i] - prev)) }
          break
        }
        lower = upper; prev = count[i]
      }
      out = out sprintf(", p%d %s ms", qs[k] * 100, value)
    }
    print out
  }' "$before" "$after"

#!/usr/bin/env bash
# Summarises a soak-sampler.sh table: the first sample, the sample at the end of warm-up (WARMUP_MIN
# minutes, default 10), the last sample, and the growth of each figure from warm-up to the end.
# Usage: bench/soak-summary.sh TABLE [WARMUP_MIN]
set -euo pipefail
awk -v warm="${2:-10}" '
  NR == 1 {next}
  {rows++; for (i = 1; i <= 6; i++) v[rows, i] = $i; if (w == 0 && $1 >= warm) w = rows}
  END {
    if (w == 0) w = rows
    split("t_min heap_MB nmt_MB rss_MB threads fds", name, " ")
    printf "%-22s", ""; for (i = 2; i <= 6; i++) printf " %9s", name[i]; printf "\n"
    line("start", 1); line("after warm-up (" v[w, 1] " min)", w); line("end (" v[rows, 1] " min)", rows)
    printf "%-22s", "growth after warm-up"
    for (i = 2; i <= 6; i++) printf " %8.1f%%", (v[w, i] > 0 ? 100 * (v[rows, i] - v[w, i]) / v[w, i] : 0)
    printf "\n"
  }
  function line(label, r,   i) {printf "%-22s", label; for (i = 2; i <= 6; i++) printf " %9s", v[r, i]; printf "\n"}
' "$1"

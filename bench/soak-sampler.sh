#!/usr/bin/env bash
# Samples a running JVM every INTERVAL seconds until it exits, one row a sample:
#   t_min  heap_MB (used after a full GC)  nmt_MB (JVM native memory, committed, heap excluded)
#   rss_MB (resident: Java heap, JVM and Vosk's native memory)  threads  fds (open files)
# The JVM must run with -XX:NativeMemoryTracking=summary for nmt_MB.
# Usage: bench/soak-sampler.sh PID [INTERVAL_SECONDS]
set -uo pipefail
pid=$1 interval=${2:-60}
start=$(date +%s)
printf "%6s %8s %8s %8s %8s %6s\n" t_min heap_MB nmt_MB rss_MB threads fds
while kill -0 "$pid" 2>/dev/null; do
  jcmd "$pid" GC.run >/dev/null 2>&1
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); printf "%.1f", v / 1024; exit}}')
  nmt=$(jcmd "$pid" VM.native_memory summary 2>/dev/null | awk '
    /^Total:/ {for (i = 1; i <= NF; i++) if ($i ~ /^committed=/) {v = $i; gsub("[^0-9]", "", v); total = v}}
    /Java Heap \(reserved/ {for (i = 1; i <= NF; i++) if ($i ~ /^committed=/) {v = $i; gsub("[^0-9]", "", v); heap = v}}
    END {if (total != "") printf "%.0f", (total - heap) / 1024}')
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status" 2>/dev/null)
  threads=$(awk '/^Threads/ {print $2}' "/proc/$pid/status" 2>/dev/null)
  fds=$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)
  [ -n "$rss" ] || break
  printf "%6.1f %8s %8s %8s %8s %6s\n" "$(echo "($(date +%s) - $start) / 60" | bc -l)" "${heap:--}" "${nmt:--}" "$rss" "$threads" "$fds"
  sleep "$interval"
done

#!/usr/bin/env bash
# Runs the real desktop app under Xvfb, captioning speech at live pace, and samples its memory every
# 15 s: Java heap after a full GC, JVM native memory (NMT) and the process's resident size (which also
# holds Vosk's native memory), plus threads.
#   bench/desktop-memory.sh [SECONDS]   (default 210: 200 s of speech; up to 1000 s of speech)
#   needs: apt-get install xvfb libgtk-3-0 sox pocketsphinx-testdata
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
bench/bench-audio.sh >/dev/null
seconds=${1:-210}
audio=target/bench/speech-200s.wav
if [ "$seconds" -gt 210 ]; then
  audio=target/bench/speech-1000s.wav
  [ -f "$audio" ] || sox target/bench/speech-200s.wav target/bench/speech-200s.wav target/bench/speech-200s.wav \
      target/bench/speech-200s.wav target/bench/speech-200s.wav "$audio"
fi
display=:97
Xvfb $display -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
state=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$state"' EXIT
sleep 1
DISPLAY=$display XDG_STATE_HOME=$state XDG_CONFIG_HOME=$state XDG_DATA_HOME=$state java -XX:NativeMemoryTracking=summary -Xmx512m \
  -jar "$jar" --audio-file "$audio" --start >/dev/null 2>&1 &
app=$!
sleep 5
printf "%6s %10s %10s %10s %8s\n" "t_s" "heap_MB" "nmt_MB" "rss_MB" "threads"
for t in $(seq 0 15 "$seconds"); do
  kill -0 $app 2>/dev/null || { echo "app exited early" >&2; exit 1; }
  jcmd $app GC.run >/dev/null
  heap=$(jcmd $app GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); print int(v/1024); exit}}')
  nmt=$(jcmd $app VM.native_memory summary | awk '/^Total:/ {for (i=1;i<=NF;i++) if ($i ~ /^committed=/) {v=$i; sub("committed=","",v); sub("KB","",v); print int(v/1024)}}')
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status)
  threads=$(awk '/Threads/ {print $2}' /proc/$app/status)
  printf "%6s %10s %10s %10s %8s\n" "$t" "$heap" "$nmt" "$rss" "$threads"
  sleep 15
done

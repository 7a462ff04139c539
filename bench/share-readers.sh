#!/usr/bin/env bash
# 1,000 readers on loopback through the real server: the desktop app (under Xvfb, GTK) captions about
# 200 s of speech at live pace, sharing to phones, while bench/ReaderLoad.java in another JVM holds
# READERS event streams open. Prints per round one JSON line for the app (FX pulses, CPU, memory) and
# one for the readers (every reader got every final? delivery from emission p50/p95/p99/max). Rounds
# alternate with the yardstick: the same app and recording with sharing off.
#   flock /tmp/plaincaptions-bench.lock bench/share-readers.sh [ROUNDS] [READERS]   (default 2, 1000)
#   needs: apt-get install xvfb libgtk-3-0 sox pocketsphinx-testdata
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
n=${2:-1000}
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
bench/bench-audio.sh >/dev/null 2>&1
audio=target/bench/speech-200s.wav
tmp=$(mktemp -d)
Xvfb -displayfd 3 -screen 0 1920x1080x24 3>"$tmp/display" >/dev/null 2>&1 &   # picks a free display
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
display=":$(cat "$tmp/display")"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
for i in $(seq 1 "$rounds"); do
  echo "round $i, sharing off (the yardstick); load average $(cut -d' ' -f1 /proc/loadavg)" >&2
  DISPLAY=$display java -Xmx1g -cp "$jar" org.plaincaptions.app.ShareBench "$audio" "$tmp/off-$i.txt" 2>/dev/null | tail -n 1
  echo "round $i, sharing to $n readers on 127.0.0.1:$port; load average $(cut -d' ' -f1 /proc/loadavg)" >&2
  rm -f "$tmp/on-$i.txt"
  DISPLAY=$display java -Xmx1g -cp "$jar" org.plaincaptions.app.ShareBench "$audio" "$tmp/on-$i.txt" "$port" "$n" \
    2>"$tmp/app-$i.err" > "$tmp/app-$i.out" &
  app=$!
  for _ in $(seq 1 120); do grep -q 'readers open' "$tmp/app-$i.err" && break; sleep 0.5; done
  java -Xmx512m bench/ReaderLoad.java "http://127.0.0.1:$port/" "$n" "$tmp/on-$i.txt" 400 > "$tmp/readers-$i.out" \
    2>"$tmp/readers-$i.err" &
  readers=$!
  wait $app || true
  wait $readers || true
  tail -n 1 "$tmp/app-$i.out"
  tail -n 1 "$tmp/readers-$i.out"
done

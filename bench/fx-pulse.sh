#!/usr/bin/env bash
# Is the FX thread ever blocked? Runs the real desktop app under Xvfb (GTK, real windows), transcribes
# about 200 s of speech as fast as the computer can through the real pipeline while both windows and
# the preview draw every caption, and prints one JSON line: the gaps between FX pulses as an
# AnimationTimer saw them (median, p99, max), the latest pulse's lateness (max gap minus one 60 Hz
# frame), and how long the FX thread itself was running during the longest gap.
#   bench/fx-pulse.sh [ROUNDS]     (default 3; needs: apt-get install xvfb libgtk-3-0 sox pocketsphinx-testdata)
# Run it on a quiet machine: lateness also counts time the FX thread waited for a processor.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
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
for i in $(seq 1 "$rounds"); do
  echo "load average before round $i: $(cut -d' ' -f1 /proc/loadavg)" >&2
  DISPLAY=$display java -cp "$jar" org.plaincaptions.app.PulseBench "$audio" 2>/dev/null | tail -n 1
done

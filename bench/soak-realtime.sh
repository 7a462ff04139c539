#!/usr/bin/env bash
# Soak, real time: about 1 hour of speech fed at the pace of a live microphone, sampling the JVM every
# minute with soak-sampler.sh. Headless through the pipeline (transcribe --realtime) by default; with
# --desktop, the desktop app captioning the recording under Xvfb instead.
# Writes target/bench/soak-realtime[-desktop].txt and prints the summary.
#   bench/soak-realtime.sh [--desktop]
# Needs: mvn -DskipTests package; apt-get install sox pocketsphinx-testdata (and xvfb libgtk-3-0 for --desktop)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
mkdir -p target/bench
# Run a copy, so rebuilding the jar during a long soak cannot pull classes from under it.
cp "$jar" "target/bench/$$.jar"
jar="target/bench/$$.jar"
bench/soak-audio.sh >/dev/null
audio=target/bench/speech-1h.wav
home=$(mktemp -d)
xvfb=""
cleanup() { [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$home" "$jar"; }
trap cleanup EXIT
jvm=(java -Xmx512m -XX:NativeMemoryTracking=summary -jar "$jar")
if [ "${1:-}" = "--desktop" ]; then
  name=soak-realtime-desktop
  Xvfb :96 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  # The app keeps running after the recording ends; stop it once the audio is over.
  seconds=$(soxi -D "$audio" | cut -d. -f1)
  DISPLAY=:96 XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state XDG_CONFIG_HOME=$home/config \
    "${jvm[@]}" --audio-file "$audio" --start >/dev/null 2> "target/bench/$name.err" &
  app=$!
  (sleep $((seconds + 60)); kill $app 2>/dev/null) &
else
  name=soak-realtime
  XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state \
    "${jvm[@]}" transcribe "$audio" --realtime --stats --output "target/bench/$name.txt.out" 2> "target/bench/$name.err" &
  app=$!
fi
bench/soak-sampler.sh $app 60 > "target/bench/$name.txt"
wait $app || true
bench/soak-summary.sh "target/bench/$name.txt" 10
[ "$name" = soak-realtime ] && tail -1 "target/bench/$name.err"
ls "$home"/data/plain-captions/sessions/ 2>/dev/null | sed 's/^/session saved: /'

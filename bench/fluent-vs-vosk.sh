#!/usr/bin/env bash
# Latency and word error rate on fluent speech, speech with pauses, real human speech and noisy speech,
# at live pace, for bare Vosk with the model's own settings and for transcribe --realtime with pause cuts
# on and off (tuned endpoint rules), in the same run. Prints a Markdown table for the README.
#   flock /tmp/plaincaptions-bench.lock bench/fluent-vs-vosk.sh   (needs target/plain-captions.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
bench/fluent-audio.sh >/dev/null
audio=target/bench/fluent
# The model as Vosk ships it: the same files, with its own model.conf.
own=$(bench/model-vosk-own.sh)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
field() { python3 -c "import json,sys; v=json.loads(sys.argv[1])['$2']; print(round(v))" "$1"; }
echo "| speech | run | latency p50 / p95 ms | settled p50 / p95 ms | first shown p50 / p95 ms | WER % |"
echo "|---|---|---|---|---|---|"
for set in fluent paused librivox noisy; do
  wav=$audio/$set.wav
  run() { # name, command...
    local name=$1; shift
    "$@" --realtime --stats > "$tmp/out.txt" 2> "$tmp/err.txt"
    local s; s=$(tail -n 1 "$tmp/err.txt")
    echo "| $set ($(soxi -D "$wav" | cut -d. -f1) s) | $name | $(field "$s" latency_p50_ms) / $(field "$s" latency_p95_ms)" \
         "| $(field "$s" settled_p50_ms) / $(field "$s" settled_p95_ms) | $(field "$s" first_shown_p50_ms) / $(field "$s" first_shown_p95_ms)" \
         "| $(bench/wer.py "$audio/$set.txt" "$tmp/out.txt") |"
  }
  run "bare Vosk, model's own rules" java -jar "$jar" vosk-baseline "$wav" --model "$own"
  run "transcribe, cuts on" java -jar "$jar" transcribe "$wav" --track raw --no-session --pause-cuts on
  run "transcribe, cuts off" java -jar "$jar" transcribe "$wav" --track raw --no-session --pause-cuts off
done

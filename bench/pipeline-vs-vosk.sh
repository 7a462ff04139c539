#!/usr/bin/env bash
# Throughput and latency of Plain Captions' pipeline against bare Vosk, on the same audio, in the same
# run, alternating so machine noise hits both alike. Prints a Markdown table for the README.
#   bench/pipeline-vs-vosk.sh [ROUNDS]      (default 5; needs target/plain-captions.jar and sox)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
bench/bench-audio.sh >/dev/null
# Bare Vosk on the model exactly as Vosk ships it (its own model.conf); transcribe on the built model,
# which reads a file as fast as it can on Vosk's own decoder chunk (decision 0009).
own=$(bench/model-vosk-own.sh)
long=target/bench/speech-200s.wav
short=target/bench/speech-50s.wav
stats() { "$@" 2>&1 >/dev/null | tail -n 1; }
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$2'])" "$1"; }
median() { python3 -c "import statistics,sys; print(round(statistics.median(float(x) for x in sys.argv[1:]), 4))" "$@"; }

bare=(); ours=(); barecpu=(); ourcpu=()
for i in $(seq 1 "$rounds"); do
  b=$(stats java -jar "$jar" vosk-baseline "$long" --model "$own" --stats); bare+=("$(field "$b" rtf)"); barecpu+=("$(field "$b" cpu_s)")
  o=$(stats java -jar "$jar" transcribe "$long" --stats); ours+=("$(field "$o" rtf)"); ourcpu+=("$(field "$o" cpu_s)")
  echo "round $i: bare rtf $(field "$b" rtf) cpu $(field "$b" cpu_s) s, pipeline rtf $(field "$o" rtf) cpu $(field "$o" cpu_s) s" >&2
done
mb=$(median "${bare[@]}"); mo=$(median "${ours[@]}")
cb=$(median "${barecpu[@]}"); co=$(median "${ourcpu[@]}")
audio=$(field "$o" audio_s)
echo
echo "Throughput, ${audio} s of speech, median of $rounds alternating runs"
echo "(rtf = wall time / audio time, lower is faster; CPU = seconds of CPU the whole process used)"
echo
echo "| | rtf | x real time | CPU s |"
echo "|---|---|---|---|"
echo "| bare Vosk (vosk-baseline) | $mb | $(python3 -c "print(round(1/$mb,1))") | $cb |"
echo "| Plain Captions transcribe | $mo | $(python3 -c "print(round(1/$mo,1))") | $co |"
echo "| pipeline cost over bare Vosk | $(python3 -c "print(f'{($mo/$mb-1)*100:+.1f} %')") | | $(python3 -c "print(f'{($co/$cb-1)*100:+.1f} %')") |"

echo
echo "Latency, ${short} fed at live pace (ms from the audio at a word's end to a caption showing it)"
echo
echo "| | p50 | p95 | first shown p50 | first shown p95 |"
echo "|---|---|---|---|---|"
row() {
  local name=$1; shift
  local s; s=$(stats "$@")
  echo "| $name | $(field "$s" latency_p50_ms) | $(field "$s" latency_p95_ms) | $(field "$s" first_shown_p50_ms) | $(field "$s" first_shown_p95_ms) |"
}
row "bare Vosk, live pace" java -jar "$jar" vosk-baseline "$short" --model "$own" --realtime --stats
row "transcribe --realtime --track raw" java -jar "$jar" transcribe "$short" --realtime --track raw --stats
row "transcribe --realtime (plain)" java -jar "$jar" transcribe "$short" --realtime --stats

#!/usr/bin/env bash
# Soak, file mode: about 3 hours of speech through the whole pipeline as fast as possible (the packaged
# jar's transcribe, session saved as it goes), sampling the JVM every minute with soak-sampler.sh.
# Writes target/bench/soak-file-3h.txt (the samples) and prints the summary and the run's --stats line.
# Recognition runs at about 0.05 x real time here, so the 3 hours take about 10 minutes and a sample
# is 20 minutes of speech; the summary counts the first 2 minutes (40 minutes of speech) as warm-up.
#   bench/soak-file.sh [HOURS (3 or 9, default 3)] [extra transcribe options, e.g. --renew-recognizer-after 1800]
# Needs: mvn -DskipTests package; apt-get install sox pocketsphinx-testdata
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
# Run a copy, so rebuilding the jar during a long soak cannot pull classes from under it.
cp "$jar" "target/bench/$$.jar"
jar="target/bench/$$.jar"
hours=3
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then hours=$1; shift; fi
bench/soak-audio.sh >/dev/null
audio=target/bench/speech-${hours}h.wav
if [ ! -f "$audio" ]; then
  parts=(); for _ in $(seq 1 $((hours / 3))); do parts+=(target/bench/speech-3h.wav); done
  sox "${parts[@]}" "$audio"
fi
name=soak-file-${hours}h
[ $# -gt 0 ] && name="$name-$(echo "$*" | tr -cs 'A-Za-z0-9' '-' | sed 's/^-*//; s/-*$//')"
home=$(mktemp -d)
trap 'rm -rf "$home" "$jar"' EXIT
XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state java -Xmx512m -XX:NativeMemoryTracking=summary \
  -jar "$jar" transcribe "$audio" --format jsonl --output "target/bench/$name.jsonl" --stats "$@" \
  2> "target/bench/$name.err" &
app=$!
bench/soak-sampler.sh $app 60 > "target/bench/$name.txt"
wait $app
bench/soak-summary.sh "target/bench/$name.txt" 2
tail -1 "target/bench/$name.err"

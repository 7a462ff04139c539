#!/usr/bin/env bash
# Soak, file mode: about 3 hours of speech through the whole pipeline as fast as possible (the packaged
# jar's transcribe, session saved as it goes), sampling the JVM every minute with soak-sampler.sh.
# Writes target/bench/soak-file.txt (the samples) and prints the summary and the run's --stats line.
#   bench/soak-file.sh [extra transcribe options, e.g. --renew-recognizer-after 1800]
# Needs: mvn -DskipTests package; apt-get install sox pocketsphinx-testdata
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
# Run a copy, so rebuilding the jar during a long soak cannot pull classes from under it.
cp "$jar" "target/bench/$$.jar"
jar="target/bench/$$.jar"
bench/soak-audio.sh >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home" "$jar"' EXIT
XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state java -Xmx512m -XX:NativeMemoryTracking=summary \
  -jar "$jar" transcribe target/bench/speech-3h.wav --format jsonl --output target/bench/soak-file.jsonl --stats "$@" \
  2> target/bench/soak-file.err &
app=$!
bench/soak-sampler.sh $app 60 > target/bench/soak-file.txt
wait $app
bench/soak-summary.sh target/bench/soak-file.txt 10
tail -1 target/bench/soak-file.err

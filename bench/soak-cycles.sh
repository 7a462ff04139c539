#!/usr/bin/env bash
# Start/stop cycles through LiveCaptioning (what the app's Start and Stop do) with the real model, a
# session saved each run: prints threads, open recognisers, heap after GC, resident and JVM native
# memory and open files every EVERY cycles; twice, with glibc's default malloc arenas and with
# MALLOC_ARENA_MAX=2, and with free memory handed back to the system before each sample (what stays
# then is held, not merely kept by malloc). Writes target/bench/soak-cycles*.txt.
#   bench/soak-cycles.sh [CYCLES (default 1000)] [EVERY (default 100)]
set -euo pipefail
cd "$(dirname "$0")/.."
cycles=${1:-1000} every=${2:-100}
mvn -q -o -DskipTests test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/soak.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/soak.classpath)"
mkdir -p target/bench
run() {
  java -Xms256m -Xmx256m -XX:NativeMemoryTracking=summary -cp "$cp" org.plaincaptions.pipeline.bench.StartStopSoak \
    models/vosk-model-small-en-us-0.15 src/test/resources/speech/session-mixed.wav "$cycles" "$every" "$@"
}
echo "== glibc default arenas"
run | tee target/bench/soak-cycles.txt
echo "== MALLOC_ARENA_MAX=2"
MALLOC_ARENA_MAX=2 run | tee target/bench/soak-cycles-arena2.txt
echo "== glibc default arenas, free memory given back (malloc_trim) before each sample"
run trim | tee target/bench/soak-cycles-trim.txt

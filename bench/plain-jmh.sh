#!/usr/bin/env bash
# Runs the plain-language engine benchmarks (JMH) and prints the figures issue 11 asks for:
# throughput of final results in words per second on one core (target >= 200,000, with part-of-speech
# tags where a rule needs them), latency of one partial result at the 99th percentile (target <= 1 ms),
# both with the default glossary and with a synthetic 10,000-entry glossary added, and the first load
# of the default glossary and the tagger in a fresh JVM (target <= 300 ms). See docs/decisions/0016.
# Usage: bench/plain-jmh.sh [extra JMH options, e.g. -wi 2 -i 3 -f 1 for a quick look]
# On a shared machine: flock /tmp/plaincaptions-bench.lock bench/plain-jmh.sh -wi 2 -i 3 -f 1
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/plain-bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/plain-bench.classpath)"
# One core: the engine is single-threaded per call, and the target is stated per core.
pin=""
if command -v taskset >/dev/null; then pin="taskset -c 0"; fi
$pin java -cp "$cp" org.openjdk.jmh.Main 'org.plaincaptions.plain.bench.*' -t 1 \
    -rf json -rff target/plain-jmh.json "$@" > target/plain-jmh.log
echo "JMH log: target/plain-jmh.log, results: target/plain-jmh.json"
jq -r '
  .[] | (.params.glossary // "default") as $g |
  if (.benchmark | endswith("finalWords")) then
    "throughput   \($g): \(.primaryMetric.score | floor) words/s (error \(.primaryMetric.scoreError | if type == "number" then floor else . end))"
  elif (.benchmark | endswith("partialLatency")) then
    "partial p99  \($g): \(.primaryMetric.scorePercentiles["99.0"] * 1000 | round / 1000) us (p50 \(.primaryMetric.scorePercentiles["50.0"] * 1000 | round / 1000) us, max \(.primaryMetric.scorePercentiles["100.0"] | round) us)"
  else
    (.primaryMetric.rawData | map(.[0])) as $cold |
    "load default glossary and tagger, first load in a fresh JVM: \(($cold | add / length) * 10 | round / 10) ms mean, \($cold | max * 10 | round / 10) ms worst, over \($cold | length) forks"
  end' target/plain-jmh.json

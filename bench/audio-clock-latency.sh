#!/usr/bin/env bash
# Latency on the audio clock (decision 0009) for the recordings of bench/fluent-audio.sh: bare Vosk's
# model conf (pause cuts off: bare Vosk) against the built default model (pause cuts on). Same figures on every run; CPU time beside.
#   bench/audio-clock-latency.sh     (after mvn -DskipTests package or any build of target/classes)
set -euo pipefail
cd "$(dirname "$0")/.."
bench/fluent-audio.sh >/dev/null
mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/audio-clock.classpath >/dev/null
cp="target/classes:$(cat target/audio-clock.classpath)"
tuned=models/vosk-model-small-en-us-0.15
own=$(bench/model-vosk-own.sh)
a=target/bench/fluent
echo "command: bench/audio-clock-latency.sh   (commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown))"
for run in "$own off" "$tuned on"; do
  side=${run% *}; cuts=${run#* }
  echo "== model conf: $side/conf/model.conf, pause cuts $cuts"
  # One JVM per recording: Vosk's words for one file depend a little on what the process decoded
  # before (seen 2026-12-02: a word or two on the 26 s set), so each starts from the same state.
  for wav in fluent paused librivox noisy; do
    java -cp "$cp" bench/AudioClockLatency.java "$side" "$cuts" "$a/$wav.wav" 2>/dev/null | grep 'cuts '
  done
done

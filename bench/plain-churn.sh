#!/usr/bin/env bash
# Churn of the caption tracks on partial results Vosk really produced: how many words already shown
# were later changed, for the raw track (the recogniser changing its mind) and the plain track.
#   bench/plain-churn.sh            print the report from the recordings in the repository
#   bench/plain-churn.sh --record   first re-record them: the speech fixtures in src/test/resources/speech
#                                   plus twelve jargon-heavy sentences spoken by flite (apt-get install
#                                   flite sox), run through the Vosk model in models/ (mvn builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/plain-bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/plain-bench.classpath)"
partials=src/test/resources/org/plaincaptions/plain/partials
if [[ "${1:-}" == "--record" ]]; then
  speech=target/churn-speech
  mkdir -p "$speech/flite"
  voices=(slt rms awb kal)
  i=0
  while IFS= read -r sentence; do
    i=$((i + 1))
    name=$(printf 'jargon-%02d' "$i")
    flite -voice "${voices[$((i % 4))]}" -t "$sentence" -o "$speech/flite/$name.wav"
    sox "$speech/flite/$name.wav" -r 16000 -c 1 -b 16 "$speech/$name.wav"
  done <<'SENTENCES'
going forward we need to leverage our synergies and touch base with key stakeholders prior to the next meeting
in order to improve outcomes we will utilize co-production with service users at this point in time
the budget is one point five million pounds which is twenty five percent more than in two thousand and nineteen
our safeguarding lead will signpost people to the third sector and the voluntary sector
we are implementing a person centred care pathway for people with comorbidities
the consultation closes at five p m on the twenty first of march
we commenced the deep dive and we will circle back with the key performance indicators
the local authority commissioned a new service in excess of two hundred thousand pounds
due to the fact that demand is high we need to prioritize the people with the greatest need
please reach out to the facilitator if you require assistance with anything
the integrated care system will operationalize the new framework in the near future
at the end of the day this is a paradigm shift for the whole system approach
SENTENCES
  java -cp "$cp" org.plaincaptions.plain.bench.PartialRecorder models/vosk-model-small-en-us-0.15 "$partials" \
      src/test/resources/speech/*.wav "$speech"/jargon-*.wav
  mvn -q process-test-resources
fi
java -cp "$cp" org.plaincaptions.plain.ChurnReport

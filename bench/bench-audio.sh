#!/usr/bin/env bash
# Builds the benchmark recordings in target/bench/ from the committed fixtures and the LibriVox
# recordings of pocketsphinx-testdata: about 50 s of mixed synthetic and human speech, and that
# repeated to about 200 s. Needs: apt-get install sox pocketsphinx-testdata
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
lib=/usr/share/pocketsphinx/test/data/librivox
[ -d "$lib" ] || { echo "bench-audio: install pocketsphinx-testdata (apt-get install pocketsphinx-testdata)" >&2; exit 1; }
if [ ! -f "$out/speech-50s.wav" ]; then
  parts=()
  for f in src/test/resources/speech/{meeting-slt,service-rms,council-awb,help-kal}.wav "$lib"/*.wav; do
    parts+=("$f" "|sox -n -r 16000 -c 1 -b 16 -p trim 0 0.8")
  done
  sox "${parts[@]}" "$out/speech-50s.wav"
  sox "$out/speech-50s.wav" "$out/speech-50s.wav" "$out/speech-50s.wav" "$out/speech-50s.wav" "$out/speech-200s.wav"
fi
ls "$out"/speech-*.wav

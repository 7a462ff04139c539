#!/usr/bin/env bash
# Builds the recordings of bench/fluent-vs-vosk.sh in target/bench/fluent/, each with its words in a
# .txt beside it: fluent (four flite voices reading paragraphs one after the other, only flite's own
# short pauses between sentences), paused (the test fixtures with 1.2 s between them), librivox (the
# five real human recordings of pocketsphinx-testdata), noisy (fluent with pink noise under it, about
# 15 dB below the speech). Needs: apt-get install flite sox pocketsphinx-testdata
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench/fluent
mkdir -p "$out"
lib=/usr/share/pocketsphinx/test/data/librivox
[ -d "$lib" ] || { echo "fluent-audio: install pocketsphinx-testdata" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say() { # voice name text
  flite -voice "$1" -t "$3" -o "$tmp/$2-raw.wav"
  sox "$tmp/$2-raw.wav" -r 16000 -c 1 -b 16 -e signed-integer "$tmp/$2.wav"
  printf '%s\n' "$3" >> "$tmp/$4.txt"
}

if [ ! -f "$out/fluent.wav" ]; then
  : > "$tmp/fluent.txt"
  say slt p1 "thank you all for coming this morning. we have a lot to get through so I will keep this short. the main thing today is the new plan for the library and the park. we asked people what they wanted and most of them said longer opening hours and more places to sit." fluent
  say rms p2 "the money for this comes from the county and it has to be spent by the end of the year. that means we need to agree on the work before the summer. if we wait any longer the builders will not be able to start in time." fluent
  say awb p3 "some of you have asked about the car park. we looked at it again last week and the best we can do is to keep it open in the evenings. it will cost a little more but it should help people who work during the day." fluent
  say kal p4 "before we finish I want to thank the volunteers who ran the survey. they knocked on hundreds of doors and spoke to people in every street. without them we would not know what the town really needs." fluent
  sox "$tmp"/p1.wav "$tmp"/p2.wav "$tmp"/p3.wav "$tmp"/p4.wav "$out/fluent.wav"
  tr -d '.,' < "$tmp/fluent.txt" | tr 'A-Z' 'a-z' > "$out/fluent.txt"
  len=$(soxi -D "$out/fluent.wav")
  sox -n -r 16000 -c 1 -b 16 -e signed-integer "$tmp/noise.wav" synth "$len" pinknoise vol 0.1
  sox -m "$out/fluent.wav" "$tmp/noise.wav" "$out/noisy.wav"
  cp "$out/fluent.txt" "$out/noisy.txt"
  cp src/test/resources/speech/session-mixed.wav "$out/paused.wav"
  cp src/test/resources/speech/session-mixed.txt "$out/paused.txt"
  sox "$lib"/*.wav "$out/librivox.wav"
  for f in "$lib"/*.wav; do
    id=$(basename "$f" .wav)
    grep "($id)" "$lib/transcription" | sed -e 's/<s> //' -e 's| </s>.*||'
  done > "$out/librivox.txt"
fi
for f in "$out"/*.wav; do printf '%s %.1f s\n' "$f" "$(soxi -D "$f")"; done

#!/usr/bin/env bash
# Builds the recordings of bench/fluent-vs-vosk.sh in target/bench/fluent/, each with its words in a
# .txt beside it: fluent (five flite voices reading twelve paragraphs, over 3 minutes, one after the other, only flite's own
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

# v2: twelve paragraphs, five voices, over 3 minutes (issue 12); older builds of the set are replaced.
if [ ! -f "$out/.v2" ]; then
  : > "$tmp/fluent.txt"
  say slt p1 "thank you all for coming this morning. we have a lot to get through so I will keep this short. the main thing today is the new plan for the library and the park. we asked people what they wanted and most of them said longer opening hours and more places to sit." fluent
  say rms p2 "the money for this comes from the county and it has to be spent by the end of the year. that means we need to agree on the work before the summer. if we wait any longer the builders will not be able to start in time." fluent
  say awb p3 "some of you have asked about the car park. we looked at it again last week and the best we can do is to keep it open in the evenings. it will cost a little more but it should help people who work during the day." fluent
  say kal p4 "before we finish I want to thank the volunteers who ran the survey. they knocked on hundreds of doors and spoke to people in every street. without them we would not know what the town really needs." fluent
  say rms p5 "now the next item is the bus service. the number twelve will stop running after six in the evening from next month. we know that this is a real worry for people in the villages, so we have written to the bus company and asked them to think again. we will tell you what they say as soon as we hear back from them." fluent
  say slt p6 "on the health centre, the doctors have told us they need more room. the plan is to move the baby clinic into the old school building across the road. that would free up two rooms for the nurses. the parish council will have to agree to the lease, and we hope to bring that to the meeting in january." fluent
  say kal16 p7 "a few people have written in about the potholes on the hill road. the county has put it on their list for repairs in the spring. if you see a hole that is dangerous, please report it on the county website or ring the number on the back of your council tax letter, and they should come out within two days." fluent
  say awb p8 "the youth club has had a good year. more than forty young people now come every week, and the football team won their league. the club is run by volunteers and they would love some more help on friday nights. you do not need any special skills, just a couple of hours and a bit of patience." fluent
  say rms p9 "let me say a word about the budget. the council tax will go up by just under three percent next year. most of that money goes on care for older people, which costs more every year. we have looked hard for savings and we will not close any libraries or cut the opening hours at the swimming pool." fluent
  say slt p10 "the new houses on the edge of town will start going up in march. the builder has agreed to pay for a new crossing by the school and to plant trees along the main road. about a third of the homes will be for rent at a price that local families can afford, and the rest will be for sale." fluent
  say kal p11 "we have also had some complaints about noise from the pub on the square late at night. the licence says that music must stop at eleven. our officers will visit on a few weekends to check. if you are kept awake by noise, please write down the date and the time and send it to us, because that helps us act." fluent
  say awb p12 "finally, the summer fair will be on the second saturday in july. there will be stalls, a dog show and a band in the afternoon. if you would like to run a stall, the form is on the notice board in the library. thank you all for listening, and now we will take your questions." fluent
  sox "$tmp"/p1.wav "$tmp"/p2.wav "$tmp"/p3.wav "$tmp"/p4.wav "$tmp"/p5.wav "$tmp"/p6.wav "$tmp"/p7.wav \
      "$tmp"/p8.wav "$tmp"/p9.wav "$tmp"/p10.wav "$tmp"/p11.wav "$tmp"/p12.wav "$out/fluent.wav"
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
  touch "$out/.v2"
fi
for f in "$out"/*.wav; do printf '%s %.1f s\n' "$f" "$(soxi -D "$f")"; done

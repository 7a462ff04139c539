#!/usr/bin/env bash
# Builds the soak recordings in target/bench/ from bench-audio.sh's 200 s of mixed synthetic and human
# speech: speech-1h.wav (18 copies) and speech-3h.wav (54 copies). About 460 MB; not committed.
# Needs: apt-get install sox pocketsphinx-testdata
set -euo pipefail
cd "$(dirname "$0")/.."
bench/bench-audio.sh >/dev/null
out=target/bench
for spec in 1h:18 3h:54; do
  name=${spec%%:*} copies=${spec##*:}
  if [ ! -f "$out/speech-$name.wav" ]; then
    parts=(); for _ in $(seq 1 "$copies"); do parts+=("$out/speech-200s.wav"); done
    sox "${parts[@]}" "$out/speech-$name.wav"
  fi
done
ls -l "$out"/speech-1h.wav "$out"/speech-3h.wav | awk '{print $NF, $5 / 1e6 " MB"}'

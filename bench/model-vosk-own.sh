#!/usr/bin/env bash
# Makes (once) and prints target/bench/model-vosk-own: the built default model's files with the model's
# own conf/model.conf (unpacked from the archive as model.conf.vosk), i.e. the model exactly as Vosk
# ships it, for bare Vosk's side of a bench.   bench/model-vosk-own.sh   (after mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
tuned=models/vosk-model-small-en-us-0.15
own=target/bench/model-vosk-own
if [ ! -d "$own" ]; then
  mkdir -p "$own/conf"
  for f in "$tuned"/*; do [ "$(basename "$f")" = conf ] || ln -s "$(realpath "$f")" "$own/"; done
  cp "$tuned/conf/mfcc.conf" "$own/conf/"
  cp "$tuned/conf/model.conf.vosk" "$own/conf/model.conf"
fi
echo "$own"

#!/usr/bin/env bash
# model_load_s of transcribe against bare Vosk (vosk-baseline) on the same model, best of N rounds,
# alternating so machine noise hits all alike (docs/decisions/0008-model-load-time.md). With a second
# jar (an older build) its figures are printed beside this one's, in the same run.
#   bench/model-load.sh [ROUNDS] [OLD_JAR]     (default 3; needs target/plain-captions.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
old=${2:-}
jar=target/plain-captions.jar
wav=src/test/resources/speech/help-kal.wav
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
home=$PWD/target/bench/model-load-home   # the data folder where the native library's copy is kept
mkdir -p "$home"
stats() { XDG_DATA_HOME="$home" XDG_STATE_HOME="$home" "$@" 2>&1 >/dev/null | tail -n 1; }
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$2'])" "$1"; }
best() { python3 -c "import sys; print(min(float(x) for x in sys.argv[1:]))" "$@"; }

declare -A runs
names=("transcribe" "vosk-baseline")
[ -n "$old" ] && names=("transcribe (old jar)" "${names[@]}" "vosk-baseline (old jar)")
stats java -jar "$jar" transcribe "$wav" --stats --no-session >/dev/null # first run: copies the library once
for i in $(seq 1 "$rounds"); do
  line=""
  for name in "${names[@]}"; do
    j=$jar; [[ $name == *"(old jar)" ]] && j=$old
    case $name in
      transcribe*) s=$(stats java -jar "$j" transcribe "$wav" --stats --no-session --pause-cuts off) ;;
      vosk-baseline*) s=$(stats java -jar "$j" vosk-baseline "$wav" --stats) ;;
    esac
    v=$(field "$s" model_load_s)
    runs[$name]="${runs[$name]:-} $v"
    line="$line $name $v;"
  done
  echo "round $i:$line load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
echo "model_load_s, best of $rounds alternating rounds ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
for name in "${names[@]}"; do
  # shellcheck disable=SC2086
  printf '  %-26s %s s\n' "$name" "$(best ${runs[$name]})"
done

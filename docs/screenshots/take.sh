#!/usr/bin/env bash
# Takes the README screenshot from the real app under Xvfb: the control room and the caption screen
# captioning a recording. Needs: apt-get install xvfb libgtk-3-0 imagemagick; a built jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
display=:98
Xvfb $display -screen 0 1600x900x24 >/dev/null 2>&1 &
xvfb=$!
state=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$state"' EXIT
sleep 1
DISPLAY=$display XDG_STATE_HOME=$state XDG_CONFIG_HOME=$state \
  java -jar "$jar" --audio-file src/test/resources/speech/session-mixed.wav --start >/dev/null 2>&1 &
app=$!
sleep "${1:-16}"
import -window root -display $display docs/screenshots/desktop.png
echo "wrote docs/screenshots/desktop.png"

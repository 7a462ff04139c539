#!/usr/bin/env bash
# Takes the README screenshots from the real app under Xvfb, captioning a recording at live pace: the
# control room, and the caption screen in each theme (plus "both" mode). Each run gets its own settings
# file (theme, window places) in a temporary XDG config folder, so your own settings are not touched.
#   docs/screenshots/take.sh [SECONDS]     (default 17: how far into the recording to take them)
# Needs: apt-get install xvfb libgtk-3-0 imagemagick x11-utils; a built jar (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
wait_s=${1:-17}
out=docs/screenshots
app=
tmp=$(mktemp -d)
# One wide screen: the control room on the left, the caption window beside it, not overlapping,
# so each window can be captured on its own. Xvfb picks a free display number itself.
Xvfb -displayfd 3 -screen 0 2600x820x24 3>"$tmp/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
display=":$(cat "$tmp/display")"

window_id() { # title
  DISPLAY=$display xwininfo -root -tree | awk -v t="\"$1\"" 'index($0, t) {print $1; exit}'
}

shoot() { # theme mode name [control-room-too]
  local theme=$1 mode=$2 name=$3
  local home="$tmp/$name"
  mkdir -p "$home/config/plain-captions"
  cat > "$home/config/plain-captions/settings.json" <<JSON
{
  "look": {"theme": "$theme", "mode": "$mode"},
  "captionScreen": {"x": 0, "y": 0, "width": 2600, "height": 820},
  "fullScreen": false,
  "captionWindow": {"x": 1300, "y": 0, "width": 1280, "height": 720},
  "controlRoom": {"x": 0, "y": 0, "width": 1280, "height": 800}
}
JSON
  DISPLAY=$display XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state \
    java -jar "$jar" --audio-file src/test/resources/speech/session-mixed.wav --start >"$home/app.log" 2>&1 &
  app=$!
  sleep "$wait_s"
  import -display $display -window "$(window_id 'Plain Captions: caption screen')" "$out/caption-$name.png"
  echo "wrote $out/caption-$name.png"
  if [ "${4:-}" = control-room ]; then
    import -display $display -window "$(window_id 'Plain Captions: control room')" "$out/control-room.png"
    import -display $display -window root -crop 2580x800+0+0 "$out/desktop.png"
    echo "wrote $out/control-room.png and $out/desktop.png (both windows)"
  fi
  kill $app
  wait $app 2>/dev/null || true
  app=
}

shoot DARK PLAIN dark control-room
shoot LIGHT PLAIN light
shoot HIGH_CONTRAST PLAIN high-contrast
shoot CREAM PLAIN cream
shoot CHROMA_GREEN PLAIN chroma-green
shoot DARK BOTH both

#!/usr/bin/env bash
# Takes the README screenshots from the real app under Xvfb, captioning a recording at live pace: the
# control room at 1920 and at 1024 px wide (a small laptop), the caption screen in each theme (plus
# "both" mode), and the caption screen before Start. Each run gets its own settings file (theme, window
# places) in a temporary XDG config folder, so your own settings are not touched.
#   docs/screenshots/take.sh [SECONDS]     (default 17: at least how far into the recording to take them;
#                                          on a busy machine it waits, up to 2 minutes, for captions to show)
# Needs: apt-get install xvfb libgtk-3-0 imagemagick x11-utils; a built jar (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/plain-captions.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
wait_s=${1:-17}
out=docs/screenshots
app=
tmp=$(mktemp -d)
# One wide screen: the control room on the left, the caption window beside it, not overlapping, so each
# window can be captured on its own. Xvfb picks a free display number itself.
Xvfb -displayfd 3 -screen 0 3220x1080x24 3>"$tmp/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
display=":$(cat "$tmp/display")"

window_id() { # title
  DISPLAY=$display xwininfo -root -tree | awk -v t="\"$1\"" 'index($0, t) {print $1; exit}'
}

capture() { # title file: never without a window id (import would wait for a click)
  local id
  id=$(window_id "$1")
  [ -n "$id" ] && import -display $display -window "$id" "$2"
}

await_windows() { # a slow machine takes a while to open them
  for _ in $(seq 1 120); do
    [ -n "$(window_id 'Plain Captions: caption screen')" ] && [ -n "$(window_id 'Plain Captions: control room')" ] && return 0
    sleep 1
  done
  echo "the app's windows did not open; see $1" >&2
  return 1
}

# shoot THEME MODE NAME ROOM_WIDTH ROOM_HEIGHT [control-room|waiting]
shoot() {
  local theme=$1 mode=$2 name=$3 width=$4 height=$5 what=${6:-}
  local home="$tmp/$name"
  mkdir -p "$home/config/plain-captions"
  cat > "$home/config/plain-captions/settings.json" <<JSON
{
  "look": {"theme": "$theme", "mode": "$mode"},
  "captionScreen": {"x": 0, "y": 0, "width": 3220, "height": 1080},
  "fullScreen": false,
  "captionWindow": {"x": $((width + 10)), "y": 0, "width": 1280, "height": 720},
  "controlRoom": {"x": 0, "y": 0, "width": $width, "height": $height}
}
JSON
  local start=--start
  [ "$what" = waiting ] && start=
  DISPLAY=$display XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state \
    java -jar "$jar" --audio-file src/test/resources/speech/session-mixed.wav $start >"$home/app.log" 2>&1 &
  app=$!
  await_windows "$home/app.log"
  if [ "$what" = waiting ]; then
    sleep 8
  else
    sleep "$wait_s"
    # A busy machine recognises slowly: wait until the caption screen shows lines (its picture grows).
    for _ in $(seq 1 50); do
      capture 'Plain Captions: caption screen' "$tmp/probe.png" || true
      [ "$(stat -c %s "$tmp/probe.png" 2>/dev/null || echo 0)" -gt 15000 ] && break
      sleep 2
    done
    sleep 3
  fi
  capture 'Plain Captions: caption screen' "$out/caption-$name.png"
  echo "wrote $out/caption-$name.png"
  if [ "$what" = control-room ]; then
    capture 'Plain Captions: control room' "$out/control-room-$width.png"
    echo "wrote $out/control-room-$width.png"
    if [ "$width" = 1920 ]; then
      import -display $display -window root -crop 3210x1080+0+0 -resize 50% "$out/desktop.png"
      echo "wrote $out/desktop.png (both windows, half size)"
    fi
  fi
  kill $app
  wait $app 2>/dev/null || true
  app=
}

shoot DARK PLAIN dark 1920 1080 control-room
shoot DARK PLAIN dark-1024 1024 768 control-room
rm -f "$out/caption-dark-1024.png" # the same caption screen as the first
shoot DARK PLAIN waiting 1280 800 waiting
shoot LIGHT PLAIN light 1280 800
shoot HIGH_CONTRAST PLAIN high-contrast 1280 800
shoot CREAM PLAIN cream 1280 800
shoot CHROMA_GREEN PLAIN chroma-green 1280 800
shoot DARK BOTH both 1280 800

#!/usr/bin/env bash
# Installs the built .deb, checks the installed app the way a new user meets it (no JDK, no
# settings, started from elsewhere), removes it, and checks nothing is left in /opt or /usr.
# Run as root by .ci/run after `mvn -Pinstaller package`; needs xvfb and x11-utils for the GUI check.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=$(ls target/installer/plain-captions_*_amd64.deb)
launcher="/opt/plain-captions/bin/Plain Captions"
model="/opt/plain-captions/lib/app/models/vosk-model-small-en-us-0.15"
fixture="$PWD/src/test/resources/speech/meeting-slt"
work=$(mktemp -d)
xvfb_pid="" gui_pid="" made_user=""

cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if dpkg-query -W plain-captions >/dev/null 2>&1; then dpkg -P plain-captions >/dev/null 2>&1 || true; fi
  if [ -n "$made_user" ]; then userdel "$user" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; passed=$((passed + 1)); }

# A new user of this computer: a throwaway account with an empty home (no settings, no XDG
# folders, no caches), a bare environment, started from a folder with no models/ in it, and, where
# a mount namespace can be had, no JDK on the disk at all (/usr/lib/jvm hidden). Sets cmd, to run
# as "${cmd[@]}" ARGS; every step execs the next, so a background job's PID is the app's.
user=pc-first-start-$$
chmod 755 "$work"
useradd --create-home --home-dir "$work/home" --shell /bin/sh "$user"
made_user=yes
home="$work/home"
mkdir -p "$home/elsewhere" && cp "$fixture.wav" "$home/speech.wav" && chown -R "$user:" "$home"
new_user() {
  cmd=(setpriv --reuid="$user" --regid="$user" --init-groups
       env -i -C "$home/elsewhere" HOME="$home" USER="$user" PATH=/usr/bin:/bin LANG=C.UTF-8 ${1:+DISPLAY=$1})
  if [ "$no_jdk" = yes ]; then
    cmd=(unshare -m sh -c 'mount -t tmpfs none /usr/lib/jvm && exec "$@"' sh "${cmd[@]}")
  fi
}
no_jdk=no
if unshare -m sh -c 'mount -t tmpfs none /usr/lib/jvm && ! ls /usr/lib/jvm/*/bin/java' >/dev/null 2>&1; then
  no_jdk=yes
else
  echo "note: no mount namespace here; the installed app runs with the JDK still on disk (it does not use it)"
fi

echo "== Packages the .deb depends on"
mapfile -t deps < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/([^)]*)//g; s/|.*//; s/[[:space:]]//g' | grep -v '^$' | sort -u)
missing=()
for p in "${deps[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Chromium (the reader-page tests' browser, run as root here) makes /usr/lib/chromium/extensions the first
# time it starts, whenever that is: that is the browser's doing, not the package's, so it is left out.
snapshot() { find /opt /usr -xdev -not -path '/usr/lib/chromium/*' | LC_ALL=C sort; }
snapshot > "$work/before"

echo "== dpkg -i $deb"
dpkg -i "$deb"
echo "installed size: $(du -sm /opt/plain-captions | cut -f1) MiB (runtime $(du -sm /opt/plain-captions/lib/runtime | cut -f1) MiB," \
  "jar $(du -sm /opt/plain-captions/lib/app/plain-captions.jar | cut -f1) MiB, model $(du -sm "$model" | cut -f1) MiB)"

[ "$(command -v plain-captions)" = /usr/bin/plain-captions ] || fail "plain-captions is not on the PATH"
[ "$(readlink /usr/bin/plain-captions)" = "$launcher" ] || fail "/usr/bin/plain-captions does not point at the launcher"
ok "plain-captions on the PATH -> $launcher"
entry=/usr/share/applications/plain-captions.desktop
[ -f "$entry" ] || fail "no menu entry $entry"
grep -q '^Keywords=captions;subtitles;accessibility;' "$entry" || fail "the menu entry lost its keywords"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
ok "menu entry $entry"

echo "== plain-captions --help"
new_user
"${cmd[@]}" plain-captions --help > "$work/help.txt"
grep -q 'transcribe' "$work/help.txt" || fail "--help does not list transcribe"
ok "--help (no JDK: $no_jdk)"

echo "== plain-captions transcribe, first start of a new user, from an empty folder"
new_user
"${cmd[@]}" plain-captions transcribe "$home/speech.wav" --track raw > "$work/raw.txt"
expected=$(tr -s '[:space:]' ' ' < "$fixture.txt" | sed 's/ $//')
actual=$(tr -s '[:space:]' ' ' < "$work/raw.txt" | sed 's/ $//')
[ "$actual" = "$expected" ] || fail "raw words differ: got '$actual', expected '$expected'"
ok "raw track word for word: $actual"
"${cmd[@]}" plain-captions transcribe "$home/speech.wav" > "$work/plain.txt"
grep -qi 'before' "$work/plain.txt" && ! grep -qi 'leverage' "$work/plain.txt" \
  || fail "plain track not rewritten: $(cat "$work/plain.txt")"
ok "plain track: $(cat "$work/plain.txt")"

echo "== The reader page for phones, served by the installed app (transcribe --realtime --share)"
share_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
new_user
"${cmd[@]}" plain-captions transcribe "$home/speech.wav" --realtime --share "127.0.0.1:$share_port" \
  > "$work/share.out" 2> "$work/share.err" &
share_pid=$!
for _ in $(seq 1 60); do grep -q 'readers open' "$work/share.err" && break; sleep 0.5; done
grep -q "plain-captions: readers open http://127.0.0.1:$share_port/" "$work/share.err" \
  || { cat "$work/share.err"; fail "the installed app did not say where readers open the page"; }
if command -v chromium >/dev/null; then
  # A real browser opens the page and runs its script: the captions of the recording appear in it.
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/chromium" --virtual-time-budget=15000 \
    --dump-dom "http://127.0.0.1:$share_port/" > "$work/page.html" 2>/dev/null || true
  grep -q 'class="caption final"' "$work/page.html" || { cat "$work/share.err"; fail "the reader page showed no captions"; }
  ok "reader page from the installed app, in chromium: $(grep -o 'class="line plain-text">[^<]*' "$work/page.html" | head -1 | sed 's/.*>//')"
else
  curl -fsS "http://127.0.0.1:$share_port/" | grep -q 'id="log"' || fail "the installed app did not serve the reader page"
  ok "reader page from the installed app (curl; no chromium here)"
fi
kill "$share_pid" 2>/dev/null || true; wait "$share_pid" 2>/dev/null || true

echo "== The desktop app, first start, under Xvfb"
n=90; while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done; display=:$n
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp -ac >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do DISPLAY=$display xwininfo -root >/dev/null 2>&1 && break; sleep 0.2; done
gui_log="$home/.local/state/plain-captions/logs/plain-captions.log"
rm -rf "$home/.local" "$home/.cache" "$home/.openjfx" # the command line's traces: the app starts afresh
new_user "$display"
"${cmd[@]}" "$launcher" > "$work/gui.out" 2> "$work/gui.err" &
gui_pid=$!
for _ in $(seq 1 60); do
  grep -q 'Loaded speech model' "$gui_log" 2>/dev/null && break
  kill -0 "$gui_pid" 2>/dev/null || break
  sleep 0.5
done
sleep 3 # let both windows settle after the model is in
kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.err"; fail "the desktop app exited on its own"; }
windows=$(DISPLAY=$display xwininfo -root -tree | grep -c '^ *0x[0-9a-f]* "[^"]*Plain Captions' || true)
kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; gui_pid=""
kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
echo "-- its log:"; cat "$gui_log" 2>/dev/null || true
echo "-- its standard error:"; cat "$work/gui.err"
grep -q "Loaded speech model $model" "$gui_log" || fail "the installed default model was not loaded"
! grep -E ' (WARN|ERROR) ' "$gui_log" || fail "the log has warnings or errors"
# JavaFX always says it was loaded from the class path (the jar is not a module); anything else
# on standard error (a missing stylesheet, a CSS error, an exception) fails the check.
! grep -vE '^(WARNING: )?Unsupported JavaFX configuration: classes were loaded from .unnamed module' "$work/gui.err" \
  | grep -iE 'exception|error|warning|css|not found' || fail "the desktop app complained on standard error"
((windows >= 1)) || fail "no Plain Captions window appeared"
ok "desktop app came up with the installed model ($windows windows), no warnings"

echo "== dpkg -r plain-captions"
dpkg -r plain-captions
[ ! -e /usr/bin/plain-captions ] && [ ! -L /usr/bin/plain-captions ] || fail "/usr/bin/plain-captions left behind"
[ ! -e /opt/plain-captions ] || fail "/opt/plain-captions left behind"
snapshot > "$work/after"
diff "$work/before" "$work/after" || fail "dpkg -r left these changes in /opt or /usr"
ok "nothing left behind in /opt or /usr"
dpkg -P plain-captions >/dev/null # and nothing in dpkg's own records either
echo "installed app: $passed passed, 0 failed"

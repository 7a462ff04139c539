#!/usr/bin/env bash
# Makes the PNG, ICO and ICNS icons from plain-captions.svg. The results are committed, so the
# installer builds on Windows and macOS without these tools; run this again after editing the SVG.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" plain-captions.svg -o "$tmp/$size.png"
done

cp "$tmp/256.png" plain-captions.png                       # Linux: jpackage --icon, the menu entry
icotool -c -o plain-captions.ico "$tmp"/{16,24,32,48,64,128}.png -r "$tmp/256.png"   # Windows
png2icns plain-captions.icns "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null        # macOS
ls -l plain-captions.png plain-captions.ico plain-captions.icns

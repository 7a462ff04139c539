#!/usr/bin/env bash
# Regenerates src/main/resources/org/plaincaptions/plain/common-words.txt, the list of everyday
# English words that jargon spotting treats as "not rare", from Debian's scowl package
# (SCOWL by Kevin Atkinson; see NOTICE and docs/decisions/0011-word-frequency-source.md).
# Sizes 10 and 20 of SCOWL are its most common words (about 12,500 forms, including inflections),
# built from frequency lists (Moby Words II, Brian Kelk's UK English frequency classes).
# Usage: bench/plain-common-words.sh   (needs apt-get download and dpkg-deb; no root needed)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download scowl >/dev/null 2>&1)
dpkg-deb -x "$work"/scowl_*.deb "$work/x"
dir="$work/x/usr/share/dict/scowl"
version=$(dpkg-deb -f "$work"/scowl_*.deb Version)
out=src/main/resources/org/plaincaptions/plain/common-words.txt
{
  echo "# Everyday English words and names, lowercased: SCOWL sizes 10 and 20 (english, american, british"
  echo "# and british_z words; english upper-case names of sizes 10 and 35),"
  echo "# from Debian package scowl ${version}. Copyright 2000-2011 Kevin Atkinson; see NOTICE."
  echo "# Regenerate with bench/plain-common-words.sh."
  # Names ("upper" lists) are lowercased: a place or a weekday is not jargon.
  cat "$dir"/english-words.{10,20} "$dir"/american-words.{10,20} "$dir"/british-words.{10,20} \
      "$dir"/british_z-words.{10,20} "$dir"/english-contractions.10 "$dir"/english-upper.{10,35} \
      \
    | iconv -f ISO-8859-1 -t UTF-8 | tr 'A-Z' 'a-z' \
    | grep -E "^[a-z][a-z']*$" | LC_ALL=C sort -u
} > "$out"
echo "wrote $(grep -vc '^#' "$out") words to $out"

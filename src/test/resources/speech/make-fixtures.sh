#!/usr/bin/env bash
# Makes the speech fixtures the end-to-end tests use: flite voices, resampled to 16 kHz mono 16-bit.
# Needs: apt-get install flite sox. Run from anywhere; writes beside this script.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say() { # voice name text...
  local voice=$1 name=$2; shift 2
  flite -voice "$voice" -t "$*" -o "$tmp/$name.wav"
  sox "$tmp/$name.wav" -r 16000 -c 1 -b 16 -e signed-integer "$name.wav"
  printf '%s\n' "$*" > "$name.txt"
}

say slt meeting-slt "we need to leverage our synergies going forward and touch base with stakeholders prior to the next meeting"
say rms service-rms "in order to improve the service we will utilize feedback from service users at this point in time"
say awb council-awb "the council will commence the consultation in march and the closing date is the fifth of april"
say kal help-kal "please speak to the facilitator if you need assistance with anything today"
# A longer piece with pauses, so the recogniser ends several utterances in one file.
sox meeting-slt.wav "|sox -n -r 16000 -c 1 -b 16 -p trim 0 1.2" service-rms.wav \
    "|sox -n -r 16000 -c 1 -b 16 -p trim 0 1.2" council-awb.wav \
    "|sox -n -r 16000 -c 1 -b 16 -p trim 0 1.2" help-kal.wav session-mixed.wav
cat meeting-slt.txt service-rms.txt council-awb.txt help-kal.txt > session-mixed.txt

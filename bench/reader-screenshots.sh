#!/usr/bin/env bash
# Takes the README's pictures of the reader page (docs/screenshots/reader-*.png) in Debian's chromium at
# a phone's size (390 x 844), from the real server with the recordings' words through the real
# plain-language stage.   needs: apt-get install chromium chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile
mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test -Dexec.mainClass=org.plaincaptions.share.ReaderScreenshots \
  -Dexec.args="${1:-docs/screenshots}"

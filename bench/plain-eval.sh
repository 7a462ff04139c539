#!/usr/bin/env bash
# Scores the default plain-language rewriter (the one `simplify` uses) on one half of the evaluation set
# (src/test/resources/plain-eval/, see its SOURCES.md and README "Plain words: how well it does") and
# prints: jargon gone or explained %, acceptable plain alternative %, other words kept %, broken sentences,
# and how often WordNet suggestions offer an acceptable word for the jargon the glossary leaves uncovered.
# Every input and output is written to target/plain-eval/HALF-outputs.tsv for a person to read.
# Usage: bench/plain-eval.sh dev|heldout|fresh|third
#   dev:     develop and tune against this half
#   heldout: the first held-back half, for the final score only (already scored once, so spent)
#   fresh:   the second held-back set (src/test/resources/plain-eval/fresh.jsonl), for the final score only:
#            run it once, at the end, and tune nothing against what it prints (read during development, so spent)
#   third:   the third held-back set (src/test/resources/plain-eval/third.jsonl), for the final score only:
#            nobody has read or tuned against it; the lead runs it once, at the end
set -euo pipefail
cd "$(dirname "$0")/.."
half="${1:-}"
if [[ "$half" != "dev" && "$half" != "heldout" && "$half" != "fresh" && "$half" != "third" ]]; then
    echo "Usage: bench/plain-eval.sh dev|heldout|fresh|third   (heldout, fresh and third are for the final score only)" >&2
    exit 2
fi
mvn -q -B -ntp -DskipTests test-compile
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/plain-eval.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/plain-eval.classpath)"
echo "command: bench/plain-eval.sh $half   (commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown))"
java -cp "$cp" -Dlogback.configurationFile=logback-test.xml org.plaincaptions.plain.eval.PlainEval "$half" target/plain-eval

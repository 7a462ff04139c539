#!/usr/bin/env bash
# Readers at live pace: N readers of one room on loopback through the laptop's own server and through
# an nginx + nchan edge (deploy/nginx/plain-captions.conf, started on loopback by the bench itself),
# alternating, ROUNDS times each. Per run: readers that got every final, delivery from publish (p50,
# p95, p99, max), the app's CPU and peak memory while publishing, nginx's (all its processes).
#   flock /tmp/plaincaptions-bench.lock bench/edge-readers.sh [READERS] [SECONDS] [ROUNDS]   (2000 60 2)
#   needs: apt-get install nginx libnginx-mod-nchan; mvn -DskipTests package first
set -euo pipefail
cd "$(dirname "$0")/.."
readers=${1:-2000}
seconds=${2:-60}
rounds=${3:-2}
[ -d target/test-classes/org/plaincaptions/share/bench ] || mvn -q -B -ntp test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/edge-bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/edge-bench.classpath)"
out=$(mktemp -d)
trap 'kill $driver $client 2>/dev/null || true; rm -rf "$out"' EXIT
driver=""; client=""
echo "command: flock /tmp/plaincaptions-bench.lock bench/edge-readers.sh $readers $seconds $rounds"
for round in $(seq 1 "$rounds"); do
  for mode in laptop edge; do
    java -Xmx512m -cp "$cp" org.plaincaptions.share.bench.RoomDriver "$mode" --readers "$readers" --seconds "$seconds" \
      >"$out/driver.out" 2>"$out/driver.err" &
    driver=$!
    for _ in $(seq 1 200); do grep -q '^STREAM ' "$out/driver.out" 2>/dev/null && break; sleep 0.1; done
    url=$(sed -n 's/^STREAM //p' "$out/driver.out")
    [ -n "$url" ] || { cat "$out/driver.err"; exit 1; }
    java -Xmx1g -cp "$cp" org.plaincaptions.share.bench.ReaderLoad --url "$url" --readers "$readers" \
      --max-seconds $((seconds + 120)) >"$out/client.out" 2>"$out/client.err" &
    client=$!
    wait $driver; wait $client
    echo "round $round $mode"
    echo "  app:     $(grep '^{' "$out/driver.out")"
    echo "  readers: $(cat "$out/client.out")"
  done
done

#!/usr/bin/env bash
# Readers at live pace: N readers of one room on loopback through the laptop's own server and through
# an nginx + nchan edge (deploy/nginx/plain-captions.conf, started on loopback by the bench itself),
# alternating, ROUNDS times each. The app's side is RoomDriver (test sources: a final every 3 s, the
# words being spoken every 200 ms); the readers are bench/ReaderLoad.java, the laptop bench's client.
# Per run: readers that got every final, delivery from publish (p50, p95, p99, max), the app's CPU and
# peak memory while publishing, nginx's (all its processes).
#   flock /tmp/plaincaptions-bench.lock bench/edge-readers.sh [READERS] [SECONDS] [ROUNDS]   (2000 60 2)
#   needs: apt-get install nginx libnginx-mod-nchan; mvn -DskipTests package first
set -euo pipefail
cd "$(dirname "$0")/.."
readers=${1:-2000}
seconds=${2:-60}
rounds=${3:-2}
mvn -q -B -ntp -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/edge-bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/edge-bench.classpath)"
out=$(mktemp -d)
driver=""; client=""
trap 'kill $driver $client 2>/dev/null || true; rm -rf "$out"' EXIT
echo "command: flock /tmp/plaincaptions-bench.lock bench/edge-readers.sh $readers $seconds $rounds"
for round in $(seq 1 "$rounds"); do
  for mode in laptop edge; do
    rm -f "$out/emitted.txt"
    java -Xmx512m -cp "$cp" org.plaincaptions.share.bench.RoomDriver "$mode" --readers "$readers" --seconds "$seconds" \
      --emitted "$out/emitted.txt" >"$out/driver.out" 2>"$out/driver.err" &
    driver=$!
    for _ in $(seq 1 200); do grep -q '^STREAM ' "$out/driver.out" 2>/dev/null && break; sleep 0.1; done
    url=$(sed -n 's/^STREAM //p' "$out/driver.out")
    [ -n "$url" ] || { cat "$out/driver.err"; exit 1; }
    java -Xmx1g bench/ReaderLoad.java "$url" "$readers" "$out/emitted.txt" $((seconds + 180)) \
      >"$out/client.out" 2>"$out/client.err" &
    client=$!
    wait $driver; wait $client
    echo "round $round $mode (load average $(cut -d' ' -f1 /proc/loadavg))"
    echo "  app:     $(grep '^{' "$out/driver.out")"
    echo "  readers: $(cat "$out/client.out")"
  done
done

// Readers on loopback for bench/share-readers.sh: N event streams to the app's server, each line read as
// it comes (JDK HttpClient, no thread per reader), the time every final caption reached every reader
// recorded; once the app has written when it emitted each final, prints one JSON line: readers that
// got every final, and delivery from emission (p50, p95, p99, max).
//   java bench/ReaderLoad.java URL READERS EMITTED.txt TIMEOUT_SECONDS
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ReaderLoad {
    static final Pattern FINAL = Pattern.compile("^data: \\{\"type\":\"caption\",\"session\":\"[^\"]*\",\"id\":(\\d+),\"final\":true,.*\"plain\":\"(.)");
    static final Pattern STATE = Pattern.compile("^data: \\{\"type\":\"status\".*\"state\":\"(ended|stopped)\"");

    /** One reader: the time each final (by caption id) arrived, and whether the session's end came. */
    static final class Reader implements Flow.Subscriber<String> {
        final Map<Long, Long> finals = new ConcurrentHashMap<>();
        final CountDownLatch ended;
        volatile boolean done;

        Reader(CountDownLatch ended) {
            this.ended = ended;
        }

        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        public void onNext(String line) {
            long now = System.currentTimeMillis();
            Matcher m = FINAL.matcher(line);
            if (m.find()) {
                finals.putIfAbsent(Long.parseLong(m.group(1)), now);
            } else if (!done && STATE.matcher(line).find()) {
                done = true;
                ended.countDown();
            }
        }

        public void onError(Throwable t) {
            end();
        }

        public void onComplete() {
            end();
        }

        private void end() {
            if (!done) {
                done = true;
                ended.countDown();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        URI events = URI.create(args[0].replaceAll("/$", "") + "/events");
        int n = Integer.parseInt(args[1]);
        Path emittedFile = Path.of(args[2]);
        long timeout = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20)).build();
        CountDownLatch ended = new CountDownLatch(n);
        List<Reader> readers = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        for (int i = 0; i < n; i++) {
            Reader reader = new Reader(ended);
            readers.add(reader);
            HttpRequest request = HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build();
            http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(reader)).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) {
                    refused.incrementAndGet();
                    reader.end();
                }
            });
            if (i % 50 == 49) {
                Thread.sleep(100); // connect in small waves, as a room fills
            }
        }
        System.err.println("readers started: " + n);
        boolean allEnded = ended.await(timeout, TimeUnit.SECONDS);
        for (int i = 0; i < 600 && !Files.exists(emittedFile); i++) {
            Thread.sleep(100);
        }
        Map<Long, Long> emitted = new HashMap<>();
        for (String line : Files.readAllLines(emittedFile)) {
            String[] parts = line.split(" ");
            emitted.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
        List<Long> delays = new ArrayList<>();
        int complete = 0;
        long missing = 0;
        for (Reader reader : readers) {
            int got = 0;
            for (Map.Entry<Long, Long> e : emitted.entrySet()) {
                Long at = reader.finals.get(e.getKey());
                if (at != null) {
                    delays.add(at - e.getValue());
                    got++;
                }
            }
            missing += emitted.size() - got;
            if (got == emitted.size()) {
                complete++;
            }
        }
        delays.sort(null);
        System.out.printf("{\"readers\": %d, \"refused\": %d, \"all_saw_the_end\": %s, \"finals\": %d,"
                        + " \"readers_with_every_final\": %d, \"finals_missed\": %d, \"deliveries\": %d,"
                        + " \"delivery_p50_ms\": %d, \"delivery_p95_ms\": %d, \"delivery_p99_ms\": %d, \"delivery_max_ms\": %d}%n",
                n, refused.get(), allEnded, emitted.size(), complete, missing, delays.size(),
                at(delays, 0.50), at(delays, 0.95), at(delays, 0.99), delays.isEmpty() ? -1 : delays.get(delays.size() - 1));
        System.exit(0);
    }

    static long at(List<Long> sorted, double q) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
    }
}

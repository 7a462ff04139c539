package org.plaincaptions.share.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many readers of one room's event stream, for the load benches (the laptop's own server, an nginx
 * edge): each opens the stream as a browser's EventSource does (reconnecting with Last-Event-ID when it
 * breaks) and notes when each final arrives. {@link RoomDriver} writes the time it published a caption
 * into its words ({@code "raw":"sent 1796165453123 ..."}), so delivery is measured from publish. Ends
 * when every reader has seen the room's "ended" status, or after {@code --max-seconds}.
 *
 * <pre>java -cp ... org.plaincaptions.share.bench.ReaderLoad --url URL --readers 2000 [--max-seconds 600]</pre>
 *
 * Prints one JSON line: readers, connected, finals (the highest caption id seen), readers that saw
 * every final, delivery p50/p95/p99/max in ms, reconnects and this process's CPU seconds.
 */
public final class ReaderLoad {
    private static final Pattern SENT = Pattern.compile("\"id\":(\\d+),\"final\":true,.*\"raw\":\"sent (\\d+)");
    private static final Pattern STATE = Pattern.compile("\"type\":\"status\".*\"state\":\"([a-z-]+)\"");

    private final URI url;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20))
            .executor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "reader-load");
                t.setDaemon(true);
                return t;
            })).build();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final CountDownLatch ended;
    private final List<Reader> readers = new ArrayList<>();

    private ReaderLoad(URI url, int count) {
        this.url = url;
        this.ended = new CountDownLatch(count);
    }

    private final class Reader {
        final ConcurrentHashMap<Long, Long> delays = new ConcurrentHashMap<>();
        volatile String lastId;
        volatile boolean open;
        volatile boolean sawEnd;

        void connect() {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Accept", "text/event-stream");
            if (lastId != null) {
                request.header("Last-Event-ID", lastId);
            }
            client.sendAsync(request.build(), info -> HttpResponse.BodySubscribers.fromLineSubscriber(
                    new Flow.Subscriber<String>() {
                        @Override
                        public void onSubscribe(Flow.Subscription s) {
                            if (info.statusCode() == 200 && !open) {
                                open = true;
                                connected.incrementAndGet();
                            }
                            s.request(Long.MAX_VALUE);
                        }

                        @Override
                        public void onNext(String line) {
                            read(line);
                        }

                        @Override
                        public void onError(Throwable t) {
                            again();
                        }

                        @Override
                        public void onComplete() {
                            again();
                        }
                    })).whenComplete((r, e) -> {
                        if (e != null && !open) {
                            again();
                        }
                    });
        }

        void read(String line) {
            if (line.startsWith("id:")) {
                lastId = line.substring(3).strip();
                return;
            }
            if (!line.startsWith("data:")) {
                return;
            }
            long now = System.currentTimeMillis();
            Matcher sent = SENT.matcher(line);
            if (sent.find()) {
                delays.putIfAbsent(Long.parseLong(sent.group(1)), now - Long.parseLong(sent.group(2)));
                return;
            }
            Matcher state = STATE.matcher(line);
            if (state.find() && state.group(1).equals("ended") && !sawEnd) {
                sawEnd = true;
                ended.countDown();
            }
        }

        void again() {
            if (open) {
                open = false;
                connected.decrementAndGet();
            }
            if (!sawEnd) {
                reconnects.incrementAndGet();
                // As EventSource does: a little later, from the last id seen.
                java.util.concurrent.CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS).execute(this::connect);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        int count = 1000;
        int maxSeconds = 600;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--readers" -> count = Integer.parseInt(args[i + 1]);
                case "--max-seconds" -> maxSeconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url URL is needed");
        }
        ReaderLoad load = new ReaderLoad(URI.create(url), count);
        for (int i = 0; i < count; i++) {
            Reader reader = load.new Reader();
            load.readers.add(reader);
            reader.connect();
            if (i % 100 == 99) {
                Thread.sleep(100); // don't overflow the server's accept queue
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (load.connected.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        System.err.println("reader-load: " + load.connected.get() + " of " + count + " readers connected");
        boolean allEnded = load.ended.await(maxSeconds, TimeUnit.SECONDS);
        System.out.println(load.summary(count, allEnded));
        System.exit(0);
    }

    private String summary(int count, boolean allEnded) {
        long finals = readers.stream().flatMap(r -> r.delays.keySet().stream()).mapToLong(Long::longValue).max().orElse(0);
        int complete = 0;
        List<Long> all = new ArrayList<>();
        for (Reader r : readers) {
            boolean every = true;
            for (long id = 1; id <= finals; id++) {
                every &= r.delays.containsKey(id);
            }
            complete += every ? 1 : 0;
            all.addAll(r.delays.values());
        }
        long[] d = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double cpu = java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
        return String.format(Locale.ROOT, "{\"readers\":%d,\"connectedAtEnd\":%d,\"allSawTheEnd\":%b,\"finals\":%d,"
                        + "\"readersWithEveryFinal\":%d,\"deliveries\":%d,\"p50Ms\":%d,\"p95Ms\":%d,\"p99Ms\":%d,\"maxMs\":%d,"
                        + "\"reconnects\":%d,\"clientCpuS\":%.1f}",
                count, connected.get(), allEnded, finals, complete, d.length, pct(d, 50), pct(d, 95), pct(d, 99),
                d.length == 0 ? -1 : d[d.length - 1], reconnects.get(), cpu);
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

}

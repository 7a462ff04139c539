package org.plaincaptions.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A reader of an event stream for tests, as a browser's EventSource reads it: each event's {@code data}
 * parsed as JSON; when the stream ends or cannot be opened it reconnects half a second later, sending the
 * last {@code id:} it saw as {@code Last-Event-ID}, until closed.
 */
public final class SseReader implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final List<JsonNode> events = new ArrayList<>();
    private volatile String lastId;
    private volatile boolean ended;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicInteger breaks = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String url;
    private volatile int status;
    private CompletableFuture<HttpResponse<Void>> response;
    private volatile Flow.Subscription subscription;

    private SseReader() {
    }

    /** Opens the stream; {@code lastEventId} as a browser sends it when it reconnects (or null). */
    public static SseReader open(String url, String lastEventId) {
        SseReader reader = new SseReader();
        reader.lastId = lastEventId;
        reader.connect(url);
        return reader;
    }

    public static SseReader open(String url) {
        return open(url, null);
    }

    private void broke() {
        ended = true;
        breaks.incrementAndGet();
        if (!closed) {
            CompletableFuture.delayedExecutor(500, java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> {
                if (!closed) {
                    ended = false;
                    connect(url);
                }
            });
        }
    }

    /** How often the stream ended or could not be opened (each time followed by a reconnect). */
    public int breaks() {
        return breaks.get();
    }

    private void connect(String url) {
        this.url = url;
        subscription = null;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastId != null) {
            request.header("Last-Event-ID", lastId);
        }
        StringBuilder data = new StringBuilder();
        response = CLIENT.sendAsync(request.build(), info -> {
            status = info.statusCode();
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Flow.Subscriber<String>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    subscription = s;
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            add(data.toString());
                            data.setLength(0);
                        }
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                    } else if (line.startsWith("id:")) {
                        lastId = line.substring(line.startsWith("id: ") ? 4 : 3);
                    }
                }

                @Override
                public void onError(Throwable throwable) {
                    broke();
                }

                @Override
                public void onComplete() {
                    broke();
                }
            });
        });
        response.whenComplete((r, e) -> {
            if (e != null && subscription == null) {
                broke(); // could not connect
            }
        });
    }

    private void add(String json) {
        try {
            JsonNode event = JSON.readTree(json);
            synchronized (events) {
                events.add(event);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    /** Every event so far, in the order they came. */
    public List<JsonNode> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    /** The {@code plain} words of the finals so far, one per caption (session and id) however often it came. */
    public List<String> finals() {
        List<String> words = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode e : events()) {
            if (e.path("type").asText().equals("caption") && e.path("final").asBoolean()
                    && seen.add(e.path("session").asText() + "/" + e.path("id").asLong())) {
                words.add(e.path("plain").asText());
            }
        }
        return words;
    }

    public String lastId() {
        return lastId;
    }

    /** Whether the stream is broken now (waiting to reconnect). */
    public boolean ended() {
        return ended;
    }

    public int status() {
        return status;
    }

    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        if (response != null) {
            response.cancel(true);
        }
    }
}

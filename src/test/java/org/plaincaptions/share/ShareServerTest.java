package org.plaincaptions.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server as a script or an unfriendly visitor meets it: what it answers, and what it refuses. */
class ShareServerTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<InputStream> open = new ArrayList<>();
    private TestRoom room;

    @AfterEach
    void close() throws Exception {
        for (InputStream in : open) {
            in.close();
        }
        if (room != null) {
            room.close();
        }
    }

    private HttpResponse<InputStream> stream(String path, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(room.url(path)))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        open.add(response.body());
        return response;
    }

    /** Reads the stream's lines on a thread of its own, into a list the test can wait on. */
    private static List<String> lines(HttpResponse<InputStream> response) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the test closed it
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eventsAreUnnamedOneLineJsonWithIncreasingIds() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        room.say(1, "hello");
        HttpResponse<InputStream> response = stream("/events", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> lines = lines(response);
        room.say(2, "world");

        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("world")));
        assertThat(lines).noneMatch(l -> l.startsWith("event:"));
        assertThat(lines).contains("retry: 2000");
        List<Long> ids = lines.stream().filter(l -> l.startsWith("id: ")).map(l -> Long.parseLong(l.substring(4))).toList();
        assertThat(ids).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(lines.stream().filter(l -> l.startsWith("data: ")))
                .allSatisfy(l -> assertThat(l).matches("data: \\{\"type\":\"(status|caption)\".*\\}"));
    }

    @Test
    void aReaderComingBackWithLastEventIdGetsOnlyWhatItMissed() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        room.say(1, "first");
        List<String> before = lines(stream("/events", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> before.stream().anyMatch(l -> l.contains("first")));
        String lastId = before.stream().filter(l -> l.startsWith("id: ")).reduce((a, b) -> b).orElseThrow().substring(4);
        room.say(2, "second");
        await().atMost(Duration.ofSeconds(10)).until(() -> before.stream().anyMatch(l -> l.contains("second")));

        List<String> after = lines(stream("/events", lastId));
        await().atMost(Duration.ofSeconds(10)).until(() -> after.stream().anyMatch(l -> l.contains("second")));
        assertThat(after).noneMatch(l -> l.contains("first")).noneMatch(l -> l.contains("\"type\":\"status\""));
    }

    @Test
    void oneReaderMoreThanTheRoomHoldsIsToldTheRoomIsFull() throws Exception {
        room = new TestRoom(Optional.empty(), 2);
        stream("/events", null);
        stream("/events", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> room.hub.readers() == 2);

        HttpResponse<String> full = send(HttpRequest.newBuilder(URI.create(room.url("/events")))
                .header("Accept", "text/event-stream").build());
        assertThat(full.statusCode()).isEqualTo(503);
        assertThat(full.body()).contains("The room is full");
        assertThat(full.headers().firstValue("Retry-After")).isPresent();
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/events")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(503);

        open.remove(0).close();
        await().atMost(Duration.ofSeconds(20)).until(() -> room.hub.readers() == 1);
    }

    @Test
    void withARoomCodeNothingIsServedWithoutIt() throws Exception {
        room = new TestRoom(Optional.of("blue-42"), 10);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(room.url("/"))).build());
        assertThat(page.body()).contains("This room has a code").doesNotContain("reader.js");
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/?room=red"))).build()).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/events"))).header("Accept", "text/event-stream")
                .build()).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/signal")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"signal\":\"lost\"}")).build()).statusCode()).isEqualTo(403);
        assertThat(room.signals.lastMinute()).containsEntry(Signals.Kind.LOST, 0);

        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/?room=blue-42"))).build()).body())
                .contains("reader.js");
        assertThat(stream("/events?room=blue-42", null).statusCode()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
        room = new TestRoom();
        for (String path : List.of("/", "/reader.js", "/reader.css", "/config.json", "/nothing-here")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(room.url(path))).build());
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'")
                            .contains("script-src 'self'").doesNotContain("unsafe"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/nothing-here"))).build()).statusCode()).isEqualTo(404);
    }

    @Test
    void itIsReadOnlyApartFromSignalsAndTakesOnlySmallRequests() throws Exception {
        room = new TestRoom();
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/")))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode()).isIn(404, 405);
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/events")))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode()).isIn(404, 405);
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/signal")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"signal\":\"lost\",\"pad\":\"" + "x".repeat(5000) + "\"}"))
                .build()).statusCode()).isEqualTo(413);
        assertThat(send(HttpRequest.newBuilder(URI.create(room.url("/signal")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"signal\":\"<script>\"}")).build()).statusCode())
                .isEqualTo(400);
        assertThat(room.signals.lastMinute()).containsEntry(Signals.Kind.LOST, 0);

        HttpResponse<String> counted = send(HttpRequest.newBuilder(URI.create(room.url("/signal")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"signal\":\"slower\"}")).build());
        assertThat(counted.statusCode()).isEqualTo(202);
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(room.url("/signal")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"signal\":\"slower\"}")).build());
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(again.headers().firstValue("Retry-After")).isPresent();
        assertThat(room.signals.lastMinute()).containsEntry(Signals.Kind.SLOWER, 1);
    }
}

package org.plaincaptions.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaincaptions.publish.EdgePublisherTest.caption;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.share.ReaderEvents;
import org.plaincaptions.testsupport.EdgeServer;
import org.plaincaptions.testsupport.SseReader;

/** The publisher against a real nginx + nchan on loopback, configured with deploy/nginx/plain-captions.conf. */
class EdgePublisherIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private EdgeServer edge;
    private final List<PublishNotice> notices = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startEdge() throws Exception {
        edge = EdgeServer.start(Files.createTempDirectory("pc-www"));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        edge.close();
    }

    private EdgePublisher publisher(String room) {
        EdgePublisher p = EdgePublisher.start(EdgeAddress.parse(edge.publisherUrl(room)), notices::add);
        open.add(p);
        return p;
    }

    private SseReader reader(String room) {
        SseReader r = SseReader.open(edge.streamUrl(room));
        open.add(r);
        return r;
    }

    @Test
    void readersGetTheSameJsonAsTheLaptopsStreamAndLateJoinersTheRecentFinals() {
        EdgePublisher room = publisher("hall-a");
        SseReader early = reader("hall-a");
        room.begin("2026-12-01_100000");
        Caption partial = caption(1, "we need", false);
        Caption done = caption(1, "we need to use it", true);
        room.caption(partial);
        room.caption(done);
        await().atMost(PATIENCE).until(() -> early.finals().size() == 1);

        assertThat(early.events().stream().map(JsonNode::toString)).contains(
                ReaderEvents.caption("2026-12-01_100000", done), "{\"type\":\"status\",\"session\":\"2026-12-01_100000\","
                        + "\"state\":\"listening\",\"text\":\"Listening\"}");

        IntStream.rangeClosed(2, 60).forEach(i -> room.caption(caption(i, "words " + i, true)));
        room.caption(caption(61, "still speaking", false));
        await().atMost(PATIENCE).until(() -> early.finals().size() == 60);
        SseReader late = reader("hall-a");
        await().atMost(PATIENCE).until(() -> late.finals().size() == 60 && late.events().stream()
                .anyMatch(e -> e.path("plain").asText().equals("still speaking")));
        assertThat(late.finals()).isEqualTo(early.finals());
        assertThat(late.events().get(0).path("type").asText()).isEqualTo("status");
    }

    @Test
    void twoRoomsOnOneEdgeEachReaderSeesOnlyItsRoom() {
        EdgePublisher hallA = publisher("hall-a");
        EdgePublisher hallB = publisher("hall-b");
        SseReader readerA = reader("hall-a");
        SseReader readerB = reader("hall-b");
        hallA.begin("a-session");
        hallB.begin("b-session");
        IntStream.rangeClosed(1, 10).forEach(i -> {
            hallA.caption(caption(i, "hall a says " + i, true));
            hallB.caption(caption(i, "hall b says " + i, true));
        });

        await().atMost(PATIENCE).until(() -> readerA.finals().size() == 10 && readerB.finals().size() == 10);
        SseReader lateB = reader("hall-b");
        await().atMost(PATIENCE).until(() -> lateB.finals().size() == 10);
        assertThat(readerA.finals()).allMatch(w -> w.startsWith("hall a says"));
        assertThat(readerB.finals()).allMatch(w -> w.startsWith("hall b says"));
        assertThat(lateB.finals()).isEqualTo(readerB.finals());
        assertThat(readerA.events()).allMatch(e -> e.path("session").asText().equals("a-session"));
    }

    @Test
    void afterTheEdgeCrashesAndComesBackReadersCatchUpWithNoHole() throws Exception {
        EdgePublisher room = publisher("hall-a");
        SseReader reader = reader("hall-a");
        room.begin("s1");
        IntStream.rangeClosed(1, 5).forEach(i -> room.caption(caption(i, "before " + i, true)));
        await().atMost(PATIENCE).until(() -> reader.finals().size() == 5);

        edge.kill();
        await().atMost(PATIENCE).until(() -> reader.breaks() > 0);
        IntStream.rangeClosed(6, 10).forEach(i -> room.caption(caption(i, "during " + i, true)));
        await().atMost(PATIENCE).until(() -> notices.stream().anyMatch(PublishNotice::trouble));
        assertThat(room.reachable()).isFalse();
        edge.restart();

        await().atMost(PATIENCE).until(() -> notices.size() == 2);
        assertThat(notices.get(1).trouble()).isFalse();
        // The reader reconnects by itself, as a browser does, with its Last-Event-ID.
        SseReader late = reader("hall-a");
        List<String> all = IntStream.rangeClosed(1, 10).mapToObj(i -> (i <= 5 ? "before " : "during ") + i).toList();
        await().atMost(PATIENCE).until(() -> reader.finals().size() == 10 && late.finals().size() == 10);
        assertThat(reader.finals()).containsExactlyElementsOf(all);
        assertThat(late.finals()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aNewSessionIsAllAReaderWhoJoinsLaterIsSent() {
        EdgePublisher room = publisher("hall-a");
        room.begin("morning");
        room.caption(caption(1, "the morning's words", true));
        SseReader early = reader("hall-a");
        await().atMost(PATIENCE).until(() -> early.finals().size() == 1);
        room.begin("afternoon");
        room.caption(caption(1, "the afternoon's words", true));
        await().atMost(PATIENCE).until(() -> early.breaks() > 0); // the edge closed the old room's streams
        await().atMost(PATIENCE).until(() -> early.finals().size() == 2);
        assertThat(early.finals()).containsExactly("the morning's words", "the afternoon's words");

        SseReader late = reader("hall-a");
        await().atMost(PATIENCE).until(() -> late.finals().size() == 1);
        assertThat(late.finals()).containsExactly("the afternoon's words");
        assertThat(late.events()).allMatch(e -> e.path("session").asText().equals("afternoon"));
    }
}

package org.plaincaptions.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.share.ReaderEvents;
import org.plaincaptions.share.RoomState;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

class EdgePublisherTest {
    private static final EdgeAddress ROOM = EdgeAddress.parse("http://edge.test:8080/pub/hall-a");
    private final FakeEdge edge = new FakeEdge();
    private final List<PublishNotice> notices = new CopyOnWriteArrayList<>();
    private final EdgePublisher publisher = new EdgePublisher(ROOM, edge, notices::add, new Backoff(10, 50)).started();

    @AfterEach
    void close() {
        publisher.close();
    }

    static Caption caption(long id, String words, boolean isFinal) {
        List<Word> timed = isFinal ? List.of(new Word(words, id, id + 0.5, 1.0)) : List.of();
        return new Caption(id, new Utterance(words, timed, isFinal), new Rewrite(words, words, List.of(), 0));
    }

    private List<String> finalsOnEdge() {
        return edge.messages(ROOM.captions()).stream().filter(m -> m.contains("\"final\":true"))
                .map(m -> m.replaceAll(".*\"plain\":\"([^\"]*)\".*", "$1")).toList();
    }

    @Test
    void postsTheReaderEventsJsonFinalsToTheRoomAndTheLiveLineToItsLiveChannel() {
        publisher.begin("s1");
        Caption partial = caption(1, "hello", false);
        publisher.caption(partial);
        Caption done = caption(1, "hello there", true);
        publisher.caption(done);
        publisher.caption(caption(2, "and", false));

        await().atMost(Duration.ofSeconds(10)).until(() -> edge.messages(ROOM.live()).size() >= 1 && finalsOnEdge().size() == 1);
        assertThat(edge.messages(ROOM.captions())).containsExactly(
                ReaderEvents.status("s1", RoomState.LISTENING, RoomState.LISTENING.text()),
                ReaderEvents.caption("s1", done));
        assertThat(edge.messages(ROOM.live())).last().isEqualTo(ReaderEvents.caption("s1", caption(2, "and", false)));
        assertThat(edge.log()).noneMatch(request -> request.startsWith("DELETE")); // nothing there to forget
    }

    @Test
    void anEdgeThatCannotBeReachedNeverHoldsUpTheCaptionsAndGetsWhatItMissedWhenBack() {
        publisher.begin("s1");
        publisher.caption(caption(1, "one", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> finalsOnEdge().size() == 1);
        edge.down(true);

        long start = System.nanoTime();
        IntStream.rangeClosed(2, 400).forEach(i -> publisher.caption(caption(i, "w" + i, true)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> notices.stream().anyMatch(PublishNotice::trouble));
        assertThat(notices.get(0).message()).contains("Cannot publish to the edge at http://edge.test:8080/pub/hall-a",
                "connection refused", "captions go on here");

        edge.down(false);
        await().atMost(Duration.ofSeconds(20)).until(() -> finalsOnEdge().size() == 400);
        assertThat(finalsOnEdge()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 400).mapToObj(i -> i == 1 ? "one" : "w" + i).toList());
        assertThat(notices).hasSize(2);
        assertThat(notices.get(1).trouble()).isFalse();
        assertThat(notices.get(1).message()).startsWith("Publishing to the edge at http://edge.test:8080/pub/hall-a again");
    }

    @Test
    void anEdgeThatRestartedIsSentTheRecentFinalsAgain() {
        publisher.begin("s1");
        IntStream.rangeClosed(1, 5).forEach(i -> publisher.caption(caption(i, "w" + i, true)));
        await().atMost(Duration.ofSeconds(10)).until(() -> finalsOnEdge().size() == 5);

        edge.down(true);
        edge.forget();
        publisher.caption(caption(6, "w6", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> notices.size() == 1);
        edge.down(false);

        await().atMost(Duration.ofSeconds(20)).until(() -> finalsOnEdge().size() == 6);
        assertThat(finalsOnEdge()).containsExactly("w1", "w2", "w3", "w4", "w5", "w6");
        assertThat(edge.messages(ROOM.captions()).get(0)).contains("\"type\":\"status\"", "\"state\":\"listening\"");
    }

    @Test
    void anEdgeThatRestartedBetweenTwoCaptionsIsNoticedByItsAnswer() {
        publisher.begin("s1");
        IntStream.rangeClosed(1, 3).forEach(i -> publisher.caption(caption(i, "w" + i, true)));
        await().atMost(Duration.ofSeconds(10)).until(() -> finalsOnEdge().size() == 3);
        edge.forget();
        publisher.caption(caption(4, "w4", true));

        await().atMost(Duration.ofSeconds(10)).until(() -> finalsOnEdge().size() == 4);
        assertThat(finalsOnEdge()).containsExactlyInAnyOrder("w1", "w2", "w3", "w4");
        assertThat(notices).isEmpty();
    }

    @Test
    void aNewSessionEmptiesTheRoomOnTheEdge() {
        publisher.begin("s1");
        publisher.caption(caption(1, "old words", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> finalsOnEdge().size() == 1);
        publisher.begin("s2");
        publisher.caption(caption(1, "new words", true));

        await().atMost(Duration.ofSeconds(10)).until(() -> finalsOnEdge().contains("new words"));
        assertThat(finalsOnEdge()).containsExactly("new words");
        assertThat(edge.messages(ROOM.captions())).allMatch(m -> m.contains("\"session\":\"s2\""));
        assertThat(edge.log()).contains("DELETE " + ROOM.captions());
    }

    @Test
    void closingTellsTheEdgesReadersCaptionsStopped() {
        publisher.begin("s1");
        publisher.caption(caption(1, "bye", true));
        publisher.close();

        assertThat(edge.messages(ROOM.captions())).last().asString().contains("\"state\":\"stopped\"");
    }

    @Test
    void closingWhileTheEdgeIsUnreachableSaysWhatDidNotReachIt() {
        edge.down(true);
        publisher.begin("s1");
        publisher.caption(caption(1, "lost", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> notices.size() == 1);

        long start = System.nanoTime();
        publisher.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(notices).last().extracting(PublishNotice::message).asString()
                .isEqualTo("1 caption did not reach the edge at http://edge.test:8080/pub/hall-a: it could not be reached."
                        + " They are in this computer's transcript.");
    }
}

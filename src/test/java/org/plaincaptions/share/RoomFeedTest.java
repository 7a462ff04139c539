package org.plaincaptions.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What a reader is sent on joining and on coming back. */
class RoomFeedTest {
    private final RoomFeed feed = new RoomFeed(1000);

    private static List<String> texts(List<Frame> frames) {
        return frames.stream().map(f -> f.json().replaceAll(".*\"(plain|state)\":\"([^\"]*)\".*", "$2")).toList();
    }

    @Test
    void aNewReaderGetsTheStatusTheRecentFinalsAndThePartialInOrder() {
        feed.begin("s1", RoomState.LISTENING, "Listening");
        feed.caption(TestRoom.caption(1, "one", "one", List.of(), true));
        feed.caption(TestRoom.caption(2, "tw", "tw", List.of(), false));
        feed.caption(TestRoom.caption(2, "two", "two", List.of(), true));
        feed.caption(TestRoom.caption(3, "thr", "thr", List.of(), false));

        List<Frame> joining = feed.since(OptionalLong.empty());
        assertThat(texts(joining)).containsExactly("listening", "one", "two", "thr");
        assertThat(joining).extracting(Frame::id).isSorted();
    }

    @Test
    void onlyTheLast200FinalsAreKept() {
        feed.begin("s1", RoomState.LISTENING, "Listening");
        for (int i = 1; i <= 250; i++) {
            feed.caption(TestRoom.caption(i, "w" + i, "w" + i, List.of(), true));
        }
        List<String> texts = texts(feed.since(OptionalLong.empty()));
        assertThat(texts).hasSize(RoomFeed.RECENT_FINALS + 1).contains("w51", "w250").doesNotContain("w50");
    }

    @Test
    void aNewSessionForgetsTheLastOnesCaptions() {
        feed.begin("s1", RoomState.LISTENING, "Listening");
        feed.caption(TestRoom.caption(1, "private", "private", List.of(), true));
        feed.begin("s2", RoomState.LISTENING, "Listening");
        feed.caption(TestRoom.caption(1, "public", "public", List.of(), true));

        assertThat(texts(feed.since(OptionalLong.empty()))).containsExactly("listening", "public");
        assertThat(feed.since(OptionalLong.empty())).allSatisfy(f -> assertThat(f.json()).contains("\"session\":\"s2\""));
    }

    @Test
    void aReaderComingBackGetsOnlyWhatCameAfterItsLastEvent() {
        feed.begin("s1", RoomState.LISTENING, "Listening");
        Frame one = feed.caption(TestRoom.caption(1, "one", "one", List.of(), true));
        feed.caption(TestRoom.caption(2, "two", "two", List.of(), true));
        feed.status(RoomState.PAUSED, "Paused by the facilitator");

        assertThat(texts(feed.since(OptionalLong.of(one.id())))).containsExactly("two", "paused");
    }

    @Test
    void anIdFromAnotherServerOrTooOldGetsEverything() {
        feed.begin("s1", RoomState.LISTENING, "Listening");
        feed.caption(TestRoom.caption(1, "one", "one", List.of(), true));

        assertThat(feed.since(OptionalLong.of(5))).hasSize(2); // below this server's first id: an older server's
        assertThat(feed.since(OptionalLong.of(Long.MAX_VALUE))).hasSize(2); // never sent by this server
    }
}

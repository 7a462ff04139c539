package org.plaincaptions.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;

/** A caption run as the readers hear of it: a session begins, the microphone's state, the end. */
class RoomSharingTest {

    @Test
    void aRunBeginsItsSessionTellsOfTheMicrophoneAndEnds() {
        try (ReaderHub hub = new ReaderHub(10, 1)) {
            ReaderStreamTest.Phone phone = new ReaderStreamTest.Phone();
            hub.join(phone, OptionalLong.empty()).orElseThrow();
            RoomSharing run = new RoomSharing(hub, () -> Optional.of("2026-12-01_190000"));

            run.onAudio(new AudioChunk(new byte[3200], 0, -20, System.nanoTime()), 0);
            run.onCaption(TestRoom.caption(0, "hello", "Hello.", List.of(), true));
            run.onNotice(new PipelineNotice(PipelineNotice.Kind.MICROPHONE_LOST, "lost"));
            run.onNotice(new PipelineNotice(PipelineNotice.Kind.MICROPHONE_BACK, "back"));
            run.onEnded(new PipelineStats(0, 0, 0, new double[0], new double[0], new double[0], 0));

            await().atMost(Duration.ofSeconds(10)).until(() -> phone.all().contains("\"state\":\"ended\""));
            String all = phone.all();
            assertThat(all.indexOf("\"state\":\"not-started\"")).isLessThan(all.indexOf("\"state\":\"listening\""));
            assertThat(all).contains("{\"type\":\"status\",\"session\":\"2026-12-01_190000\",\"state\":\"listening\"");
            assertThat(all.indexOf("\"plain\":\"Hello.\"")).isLessThan(all.indexOf("\"state\":\"microphone-lost\""));
            assertThat(all.indexOf("\"state\":\"microphone-lost\"")).isLessThan(all.lastIndexOf("\"state\":\"listening\""));
            assertThat(all.lastIndexOf("\"state\":\"listening\"")).isLessThan(all.indexOf("\"state\":\"ended\""));
        }
    }

    @Test
    void theNextRunIsANewSessionAndAnUnsavedRunGetsAnIdOfItsOwn() {
        try (ReaderHub hub = new ReaderHub(10, 1)) {
            RoomSharing run = new RoomSharing(hub, Optional::empty);
            run.onCaption(TestRoom.caption(0, "one", "One.", List.of(), true));
            run.onEnded(new PipelineStats(0, 0, 0, new double[0], new double[0], new double[0], 0));
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.state() == RoomState.ENDED);
            String first = hub.session();
            assertThat(first).startsWith("unsaved-");

            ReaderStreamTest.Phone late = new ReaderStreamTest.Phone();
            RoomSharing next = new RoomSharing(hub, () -> Optional.of("second"));
            next.onCaption(TestRoom.caption(0, "two", "Two.", List.of(), true));
            await().atMost(Duration.ofSeconds(10)).until(() -> hub.session().equals("second"));
            hub.join(late, OptionalLong.empty()).orElseThrow();
            await().atMost(Duration.ofSeconds(10)).until(() -> late.all().contains("Two."));
            assertThat(late.all()).doesNotContain("One.");
        }
    }
}

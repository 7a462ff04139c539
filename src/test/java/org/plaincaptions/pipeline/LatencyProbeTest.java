package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.Pcm;
import org.plaincaptions.speech.Word;

class LatencyProbeTest {
    private static final long MS = 1_000_000;
    private final LatencyProbe probe = new LatencyProbe();

    /** Chunk k (50 ms of audio) is delivered at k * 50 ms. */
    private void deliverChunks(int n) {
        for (int k = 0; k < n; k++) {
            probe.delivered(new AudioChunk(new byte[Pcm.DEFAULT_CHUNK_BYTES], k * 800L, -20, (k + 1) * 50 * MS));
        }
    }

    private static Word word(String text, double end) {
        return new Word(text, end - 0.2, end, 1.0);
    }

    @Test
    void aWordShownByAPartialCountsFromWhenThePartialShowedIt() {
        deliverChunks(40);
        probe.partialShown(List.of("hello"), 1, 700 * MS);            // "hello" ends at 0.5 s (delivered 500 ms)
        probe.finalShown(List.of(word("hello", 0.5)), 1500 * MS);
        assertThat(probe.latencies()).containsExactly(200.0);
    }

    @Test
    void aWordRevisedByALaterPartialCountsFromTheRevision() {
        deliverChunks(40);
        probe.partialShown(List.of("please", "eat"), 2, 900 * MS);
        probe.partialShown(List.of("please", "speak"), 2, 1200 * MS);
        probe.finalShown(List.of(word("please", 0.5), word("speak", 0.8)), 2000 * MS);
        assertThat(probe.latencies()).containsExactly(400.0, 400.0);
    }

    @Test
    void aHeldBackWordCountsFromWhenItWasFinallyShown() {
        deliverChunks(40);
        probe.partialShown(List.of("going"), 0, 600 * MS);
        probe.finalShown(List.of(word("going", 0.5)), 1000 * MS);
        assertThat(probe.latencies()).containsExactly(500.0);
    }

    @Test
    void aWordShownBeforeItsLastSoundArrivedHasNoDelay() {
        deliverChunks(40);
        probe.partialShown(List.of("council"), 1, 400 * MS);
        probe.finalShown(List.of(word("council", 0.6)), 1000 * MS);
        assertThat(probe.latencies()).containsExactly(0.0);
    }

    @Test
    void eachUtteranceStartsAfresh() {
        deliverChunks(80);
        probe.partialShown(List.of("one"), 1, 600 * MS);
        probe.finalShown(List.of(word("one", 0.5)), 700 * MS);
        probe.finalShown(List.of(word("one", 2.0)), 2300 * MS);
        assertThat(probe.latencies()).containsExactly(100.0, 300.0);
    }

    @Test
    void aRunOfManyHoursKeepsASampleOfItsLatenciesNotEveryOne() {
        long chunk = 0;
        for (int word = 0; word < 200_000; word++) {
            probe.delivered(new AudioChunk(new byte[Pcm.DEFAULT_CHUNK_BYTES], chunk * 800L, -20, chunk * 50 * MS));
            double end = (chunk * 800L + 800) / 16_000.0;
            probe.finalShown(List.of(word("w", end)), chunk * 50 * MS + (word % 2 == 0 ? 100 : 300) * MS);
            chunk++;
        }

        double[] kept = probe.latencies();

        assertThat(kept).hasSize(50_000);
        java.util.Arrays.sort(kept);
        // Half the words took 100 ms, half 300 ms: the sample keeps that shape.
        assertThat(kept[kept.length / 4]).isEqualTo(100.0);
        assertThat(kept[kept.length * 3 / 4]).isEqualTo(300.0);
    }

    @Test
    void anEarlyInsertionDoesNotMakeEveryLaterWordLateOnceAligned() {
        deliverChunks(60);
        probe.partialShown(List.of("we", "met", "the", "council"), 4, 1000 * MS);
        probe.partialShown(List.of("we", "have", "met", "the", "council"), 5, 1500 * MS); // "have" inserted
        probe.finalShown(List.of(word("we", 0.3), word("have", 0.5), word("met", 0.7), word("the", 0.8),
                word("council", 0.9)), 2500 * MS);
        // today's measure, position by position: everything after the insertion counts from 1.5 s
        assertThat(probe.latencies()).containsExactly(700.0, 1000.0, 800.0, 700.0, 600.0);
        // aligned: "met the council" kept their places from 1.0 s; only "have" is new at 1.5 s
        assertThat(probe.settledLatencies()).containsExactly(700.0, 1000.0, 300.0, 200.0, 100.0);
    }

    @Test
    void aWordRevisedAwayAndBackCountsFromItsLastArrival() {
        deliverChunks(60);
        probe.partialShown(List.of("please", "speak"), 2, 900 * MS);
        probe.partialShown(List.of("please", "eat"), 2, 1200 * MS);
        probe.finalShown(List.of(word("please", 0.5), word("speak", 0.8)), 2000 * MS);
        assertThat(probe.settledLatencies()).containsExactly(400.0, 1200.0);
    }

    @Test
    void carryKeepsTheTimesOfMatchedWords() {
        long[] at = LatencyProbe.carry(List.of("a", "b", "c"), new long[] {1, 2, 3}, List.of("a", "x", "c", "d"), 9);
        assertThat(at).containsExactly(1, 9, 3, 9);
    }
}

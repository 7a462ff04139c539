package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PauseCutterTest {
    private static final double CHUNK = 0.05;
    private static final double SPEECH = -20;
    private static final double QUIET = -70;

    private final PauseCutter cutter = new PauseCutter(new PauseCutter.Settings(Duration.ofSeconds(8),
            Duration.ofMillis(100)));
    private double now;

    /** Feeds {@code seconds} of chunks at {@code level}; returns the times (chunk ends) where a cut was asked. */
    private List<Double> feed(double seconds, double level, boolean hasWords) {
        List<Double> cuts = new ArrayList<>();
        for (int i = 0; i < Math.round(seconds / CHUNK); i++) {
            if (cutter.heard(level, now, now + CHUNK, hasWords)) {
                cuts.add(Math.round((now + CHUNK) * 100) / 100.0);
            }
            now += CHUNK;
        }
        return cuts;
    }

    @Test
    void aShortPauseAfterEightSecondsOfWordsEndsTheUtteranceOnce() {
        feed(0.5, QUIET, false);
        assertThat(feed(9, SPEECH, true)).isEmpty();
        assertThat(feed(0.3, QUIET, true)).containsExactly(9.6); // 100 ms into the pause, not again in it
        assertThat(feed(2, SPEECH, true)).isEmpty();
    }

    @Test
    void pausesBeforeEightSecondsAreLeftToTheRecogniser() {
        feed(0.5, QUIET, false);
        for (int i = 0; i < 5; i++) {
            assertThat(feed(1.4, SPEECH, true)).isEmpty();
            if (i < 4) {
                assertThat(feed(0.2, QUIET, true)).as("pause %d", i).isEmpty();
            }
        }
        assertThat(feed(0.4, QUIET, true)).containsExactly(8.5); // words since 0.5 s: 8 s run by the end of this pause's 5th chunk
    }

    @Test
    void aDipShorterThanTheMinimumPauseIsInsideAWord() {
        feed(0.5, QUIET, false);
        feed(9, SPEECH, true);
        assertThat(feed(0.05, QUIET, true)).isEmpty(); // a stop consonant's closure
        assertThat(feed(1, SPEECH, true)).isEmpty();
    }

    @Test
    void noCutWithoutWords() {
        feed(0.5, QUIET, false);
        feed(9, SPEECH, false);
        assertThat(feed(1, QUIET, false)).isEmpty();
    }

    @Test
    void theUtteranceCountsFromItsFirstWordsAndAgainAfterAnEnd() {
        feed(0.5, QUIET, false);
        feed(5, SPEECH, true);
        cutter.ended(); // Vosk ended it itself
        feed(4, SPEECH, true);
        assertThat(feed(0.3, QUIET, true)).isEmpty(); // 4 s since the end
        feed(4.5, SPEECH, true);
        assertThat(feed(0.3, QUIET, true)).hasSize(1);
    }

    @Test
    void speechBarelyAboveTheNoiseIsNeverCut() {
        feed(0.5, -40, false);
        feed(9, -30, true); // 10 dB above the noise
        assertThat(feed(1, -40, true)).isEmpty();
    }

    @Test
    void quietIsJudgedAgainstTheRoomsOwnNoise() {
        feed(0.5, -50, false); // a noisy room, speech 30 dB above it
        feed(9, SPEECH, true);
        assertThat(feed(0.3, -48, true)).hasSize(1);
    }

    @Test
    void offNeverCuts() {
        PauseCutter off = new PauseCutter(PauseCutter.Settings.OFF);
        double t = 0;
        for (int i = 0; i < 400; i++, t += CHUNK) {
            assertThat(off.heard(i % 40 < 36 ? SPEECH : QUIET, t, t + CHUNK, true)).isFalse();
        }
    }
}

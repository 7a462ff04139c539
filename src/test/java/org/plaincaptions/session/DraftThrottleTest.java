package org.plaincaptions.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaincaptions.session.SessionFixtures.NOON;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.Utterance;

class DraftThrottleTest {
    private final DraftThrottle throttle = new DraftThrottle(Duration.ofSeconds(1));

    static Caption partial(long n, String raw) {
        return new Caption(n, new Utterance(raw, SessionDraftTest.untimed(raw), false), Rewrite.unchanged(raw));
    }

    private static Instant at(long millis) {
        return NOON.plusMillis(millis);
    }

    @Test
    void theFirstPartialIsSavedAtOnce() {
        assertThat(throttle.offer(partial(0, "so the"), at(0))).extracting(Caption::raw).isEqualTo("so the");
    }

    @Test
    void changesWithinASecondWaitAndOnlyTheNewestIsSavedWhenTheSecondIsUp() {
        throttle.offer(partial(0, "so"), at(0));

        assertThat(throttle.offer(partial(0, "so the"), at(300))).isNull();
        assertThat(throttle.offer(partial(0, "so the plan"), at(700))).isNull();
        assertThat(throttle.due(at(999))).isNull();
        assertThat(throttle.due(at(1000))).extracting(Caption::raw).isEqualTo("so the plan");
        assertThat(throttle.due(at(1500))).as("nothing waits any more").isNull();
    }

    @Test
    void aChangeAfterTheSecondIsSavedAtOnceByTheOffer() {
        throttle.offer(partial(0, "so"), at(0));

        assertThat(throttle.offer(partial(0, "so the plan"), at(1200))).extracting(Caption::raw)
                .isEqualTo("so the plan");
        assertThat(throttle.offer(partial(0, "so the plan is"), at(1900))).isNull();
        assertThat(throttle.due(at(2200))).extracting(Caption::raw).isEqualTo("so the plan is");
    }

    @Test
    void anUnchangedPartialIsNotSavedAgain() {
        throttle.offer(partial(0, "so the plan"), at(0));

        assertThat(throttle.offer(partial(0, "so the plan"), at(5000))).isNull();
        assertThat(throttle.due(at(9000))).isNull();
    }

    @Test
    void whatWaitsIsDroppedWhenTheUtteranceEnds() {
        throttle.offer(partial(0, "so"), at(0));
        throttle.offer(partial(0, "so the plan"), at(400));

        throttle.utteranceEnded();

        assertThat(throttle.due(at(5000))).isNull();
    }

    @Test
    void theSameWordsInTheNextUtteranceAreANewDraft() {
        throttle.offer(partial(0, "yes"), at(0));
        throttle.utteranceEnded();

        assertThat(throttle.offer(partial(1, "yes"), at(3000))).extracting(Caption::sequence).isEqualTo(1L);
    }

    @Test
    void emptyPartialsAreNeverSaved() {
        assertThat(throttle.offer(partial(0, ""), at(0))).isNull();
        assertThat(throttle.due(at(2000))).isNull();
    }
}

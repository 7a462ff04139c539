package org.plaincaptions.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** "I'm lost" and "slower, please": counted once a reader every 10 s, for a minute. */
class SignalsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final Signals signals = new Signals(now::get);

    private void seconds(long s) {
        now.addAndGet(s * 1_000_000_000L);
    }

    @Test
    void eachReaderCountsOnceAndTheCountLastsAMinute() {
        assertThat(signals.signal("10.0.0.2", Signals.Kind.LOST)).isEmpty();
        assertThat(signals.signal("10.0.0.3", Signals.Kind.LOST)).isEmpty();
        assertThat(signals.signal("10.0.0.4", Signals.Kind.SLOWER)).isEmpty();
        assertThat(signals.lastMinute()).containsEntry(Signals.Kind.LOST, 2).containsEntry(Signals.Kind.SLOWER, 1);

        seconds(59);
        assertThat(signals.lastMinute()).containsEntry(Signals.Kind.LOST, 2);
        seconds(2);
        assertThat(signals.lastMinute()).containsEntry(Signals.Kind.LOST, 0).containsEntry(Signals.Kind.SLOWER, 0);
    }

    @Test
    void aSecondSignalWithinTenSecondsDoesNotCountAndSaysWhenOneWould() {
        signals.signal("10.0.0.2", Signals.Kind.LOST);
        seconds(3);
        assertThat(signals.signal("10.0.0.2", Signals.Kind.SLOWER)).contains(7L);
        assertThat(signals.lastMinute()).containsEntry(Signals.Kind.SLOWER, 0);

        seconds(7);
        assertThat(signals.signal("10.0.0.2", Signals.Kind.SLOWER)).isEmpty();
        assertThat(signals.lastMinute()).containsEntry(Signals.Kind.SLOWER, 1).containsEntry(Signals.Kind.LOST, 1);
    }

    @Test
    void aReaderWhoSaysTheSameTwiceInAMinuteIsOneReader() {
        signals.signal("10.0.0.2", Signals.Kind.LOST);
        seconds(20);
        signals.signal("10.0.0.2", Signals.Kind.LOST);
        assertThat(signals.lastMinute()).containsEntry(Signals.Kind.LOST, 1);
    }
}

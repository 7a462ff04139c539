package org.plaincaptions.audio;

import java.util.ArrayList;
import java.util.List;

/** Time that moves only when a source sleeps or a test says so; records every sleep. */
final class FakeClock implements SourceClock {
    private long now;
    private final List<Long> sleeps = new ArrayList<>();
    private Runnable onSleep = () -> { };

    FakeClock(long startNanos) {
        this.now = startNanos;
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public void sleepNanos(long nanos) {
        synchronized (this) {
            sleeps.add(nanos);
            now += nanos;
        }
        onSleep.run();
    }

    @Override
    public void wake(Thread sleeper) {
    }

    synchronized void advance(long nanos) {
        now += nanos;
    }

    synchronized List<Long> sleeps() {
        return List.copyOf(sleeps);
    }

    /** Something the test does each time the source sleeps, like a device delivering more sound. */
    void onSleep(Runnable action) {
        this.onSleep = action;
    }
}

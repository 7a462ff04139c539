package org.plaincaptions.audio;

import java.util.function.BooleanSupplier;

/**
 * Holds a recorded source's chunks back until a microphone opened at the same instant would have
 * captured them. Every deadline is counted from the start instant, so waits never add up to drift.
 */
final class Pacer {
    /** 10^9 / 16 000: nanoseconds per sample, exact. */
    private static final long NANOS_PER_SAMPLE = 1_000_000_000L / Pcm.SAMPLE_RATE;

    private final Pace pace;
    private final SourceClock clock;
    private long startNanos;
    private volatile Thread waiter;

    Pacer(Pace pace, SourceClock clock) {
        this.pace = pace;
        this.clock = clock;
    }

    /** The instant the "microphone" starts capturing: sample 0 is captured at this time. */
    void start() {
        startNanos = clock.nanoTime();
    }

    /**
     * Waits, in real-time pace, until the audio up to {@code endSample} would have been captured,
     * and returns the instant the chunk is handed on. Returns early once {@code stopped} says so.
     */
    long handOver(long endSample, BooleanSupplier stopped) {
        if (pace == Pace.REAL_TIME) {
            long due = startNanos + endSample * NANOS_PER_SAMPLE;
            waiter = Thread.currentThread();
            try {
                long now;
                while (!stopped.getAsBoolean() && (now = clock.nanoTime()) - due < 0) {
                    clock.sleepNanos(due - now);
                }
            } finally {
                waiter = null;
            }
        }
        return clock.nanoTime();
    }

    /** Wakes a thread waiting in {@link #handOver}, so it sees it has been stopped. */
    void wake() {
        Thread t = waiter;
        if (t != null) {
            clock.wake(t);
        }
    }

    boolean isLive() {
        return pace == Pace.REAL_TIME;
    }
}

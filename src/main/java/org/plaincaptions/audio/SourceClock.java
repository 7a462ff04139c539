package org.plaincaptions.audio;

import java.util.concurrent.locks.LockSupport;

/**
 * The time a paced source waits by. Tests swap in a fake that records the waits and moves time on
 * at once, so pacing is checked without real waiting or timing assertions.
 */
public interface SourceClock {

    /** Now, on the {@link System#nanoTime()} scale. */
    long nanoTime();

    /** Waits about {@code nanos}; may return early (for example when {@link #wake} is called). */
    void sleepNanos(long nanos);

    /** Ends a {@link #sleepNanos} the given thread is in, so a closed source stops waiting at once. */
    void wake(Thread sleeper);

    /** The real clock. */
    static SourceClock system() {
        return SystemClock.INSTANCE;
    }

    /** {@link System#nanoTime()} and {@link LockSupport} parking. */
    enum SystemClock implements SourceClock {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) {
            LockSupport.parkNanos(nanos);
        }

        @Override
        public void wake(Thread sleeper) {
            LockSupport.unpark(sleeper);
        }
    }
}

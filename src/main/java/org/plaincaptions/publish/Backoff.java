package org.plaincaptions.publish;

import java.util.concurrent.ThreadLocalRandom;

/** Waits between attempts to reach the edge: doubling from {@code firstMillis} to {@code maxMillis}, a little jitter. */
final class Backoff {
    private final long firstMillis;
    private final long maxMillis;
    private long next;

    Backoff(long firstMillis, long maxMillis) {
        this.firstMillis = firstMillis;
        this.maxMillis = maxMillis;
        this.next = firstMillis;
    }

    /** The wait before the next attempt; each call doubles the one after. */
    long nextMillis() {
        long wait = next;
        next = Math.min(maxMillis, next * 2);
        // Many laptops that lost one edge do not all come back in the same instant.
        return wait + ThreadLocalRandom.current().nextLong(wait / 5 + 1);
    }

    void reset() {
        next = firstMillis;
    }
}

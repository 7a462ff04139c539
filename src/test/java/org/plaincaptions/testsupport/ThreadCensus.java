package org.plaincaptions.testsupport;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The live threads of this JVM at a moment, to show that work done since left none behind. Threads are
 * compared one by one, not counted: a count is fooled by one thread ending as another leaks, and by the
 * thread that watches the count (Awaitility's own poller was counted that way, issue 10). Waiting for the
 * census polls on the calling thread, so the check adds no thread of its own.
 */
public final class ThreadCensus {
    private final Set<Thread> alive;

    private ThreadCensus(Set<Thread> alive) {
        this.alive = alive;
    }

    public static ThreadCensus now() {
        Set<Thread> alive = Collections.newSetFromMap(new IdentityHashMap<>());
        alive.addAll(liveThreads());
        return new ThreadCensus(alive);
    }

    /** Threads alive now that were not alive at this census (the calling thread aside). */
    public List<Thread> newSince() {
        Thread me = Thread.currentThread();
        return liveThreads().stream().filter(t -> t != me && !alive.contains(t)).toList();
    }

    /**
     * Waits until every thread started since this census has ended. A run's threads end just after it
     * reports its end, so they get {@code ceiling} to do so; one still alive then has been left behind,
     * and the error names it and says what it is doing.
     */
    public void awaitNoneNew(Duration ceiling) {
        try {
            Awaitility.await().pollInSameThread().atMost(ceiling).pollInterval(Duration.ofMillis(50))
                    .until(() -> newSince().isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("threads left behind after " + ceiling.toSeconds() + " s: " + describe(newSince()));
        }
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    private static String describe(List<Thread> threads) {
        return threads.stream().map(t -> {
            StackTraceElement[] stack = t.getStackTrace();
            String at = stack.length == 0 ? "" : " at " + stack[0];
            return "\"" + t.getName() + "\" (" + t.getState() + at + ")";
        }).collect(Collectors.joining(", "));
    }
}

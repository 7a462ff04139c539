package org.plaincaptions.share;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What readers tell the facilitator: "I'm lost" or "slower, please". The facilitator sees how many
 * readers said each in the last minute; one signal a reader every 10 s counts. Nothing a reader sends is
 * shown to other readers. Thread-safe (server threads signal, the FX thread reads).
 */
public final class Signals {
    static final long COUNTS_FOR_NANOS = 60_000_000_000L;
    static final long ONE_PER_NANOS = 10_000_000_000L;
    /** Readers remembered at most; beyond, the oldest signals are forgotten early. */
    static final int MAX_REMEMBERED = 10_000;

    /** The signals a reader can send. */
    public enum Kind {
        LOST("I'm lost"),
        SLOWER("Slower, please");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** As sent by the page: {@code lost}, {@code slower}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> ofKey(String key) {
            for (Kind k : values()) {
                if (k.key().equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    private record Said(long at, String reader, Kind kind) {
    }

    private final LongSupplier nanos;
    private final Deque<Said> recent = new ArrayDeque<>();
    private final Map<String, Long> lastCounted = new HashMap<>();

    public Signals() {
        this(System::nanoTime);
    }

    Signals(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * A reader's signal. Returns empty when it counts, or the seconds until this reader's next signal
     * would count.
     */
    public synchronized Optional<Long> signal(String reader, Kind kind) {
        long now = nanos.getAsLong();
        forgetOld(now);
        Long last = lastCounted.get(reader);
        if (last != null && now - last < ONE_PER_NANOS) {
            return Optional.of(Math.max(1, (ONE_PER_NANOS - (now - last) + 999_999_999L) / 1_000_000_000L));
        }
        lastCounted.put(reader, now);
        recent.addLast(new Said(now, reader, kind));
        while (recent.size() > MAX_REMEMBERED) {
            lastCounted.remove(recent.removeFirst().reader());
        }
        return Optional.empty();
    }

    /** How many readers said each thing in the last minute. */
    public synchronized Map<Kind, Integer> lastMinute() {
        forgetOld(nanos.getAsLong());
        Map<Kind, Set<String>> readers = new EnumMap<>(Kind.class);
        for (Said said : recent) {
            readers.computeIfAbsent(said.kind(), k -> new HashSet<>()).add(said.reader());
        }
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, readers.getOrDefault(kind, Set.of()).size());
        }
        return counts;
    }

    private void forgetOld(long now) {
        Iterator<Said> it = recent.iterator();
        while (it.hasNext()) {
            Said said = it.next();
            if (now - said.at() < COUNTS_FOR_NANOS) {
                break;
            }
            it.remove();
        }
        lastCounted.values().removeIf(at -> now - at >= ONE_PER_NANOS);
    }
}

package org.plaincaptions.plain;

/**
 * Readability of a whole session, raw track against plain track, added up caption by caption. Feed it
 * each final {@link Rewrite}; read it from any thread.
 */
public final class ReadabilityTally {
    private ReadabilityScore raw = ReadabilityScore.NONE;
    private ReadabilityScore plain = ReadabilityScore.NONE;

    /** Adds one final result. */
    public synchronized void add(Rewrite rewrite) {
        raw = raw.plus(Readability.of(rewrite.raw()));
        plain = plain.plus(Readability.of(rewrite.plain()));
    }

    /** The session so far as it was said. */
    public synchronized ReadabilityScore raw() {
        return raw;
    }

    /** The session so far as it was shown. */
    public synchronized ReadabilityScore plain() {
        return plain;
    }

    /** Starts again, e.g. for a new meeting. */
    public synchronized void clear() {
        raw = ReadabilityScore.NONE;
        plain = ReadabilityScore.NONE;
    }
}

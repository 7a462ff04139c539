package org.plaincaptions.ui.control;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Words a minute over the last stretch of speech, from the timings of final results, in the audio's
 * own seconds (so a recording captioned at full speed measures the speaker, not the computer).
 * Silence between sentences counts: it is time the readers get to catch up.
 */
public final class SpeakingRate {
    /** Long enough to smooth one fast sentence, short enough to react within a few sentences. */
    public static final double WINDOW_SECONDS = 30;
    /** Before this much audio the figure would jump about: no figure yet. */
    public static final double SETTLE_SECONDS = 10;

    private final Deque<Double> wordEnds = new ArrayDeque<>();
    private double start = Double.NaN;
    private double now = Double.NaN;

    /** Audio up to {@code seconds} has been heard (silence included). */
    public void heardUntil(double seconds) {
        if (Double.isNaN(start)) {
            start = seconds;
        }
        now = Double.isNaN(now) ? seconds : Math.max(now, seconds);
        while (!wordEnds.isEmpty() && wordEnds.peekFirst() < now - WINDOW_SECONDS) {
            wordEnds.removeFirst();
        }
    }

    /** A word ended at {@code seconds} (from a final result). */
    public void word(double seconds) {
        if (Double.isFinite(seconds)) {
            wordEnds.addLast(seconds);
            heardUntil(seconds);
        }
    }

    /** Words a minute now, or NaN before enough audio has been heard. */
    public double wordsPerMinute() {
        return wordsPerMinute(0);
    }

    /**
     * As {@link #wordsPerMinute()}, counting also {@code unfinished} words of the utterance in progress:
     * fluent speech can run 20 s before its first final, and the rate must not read 0 meanwhile.
     */
    public double wordsPerMinute(int unfinished) {
        if (Double.isNaN(now) || now - start < SETTLE_SECONDS) {
            return Double.NaN;
        }
        double span = Math.min(WINDOW_SECONDS, now - start);
        long inWindow = wordEnds.stream().filter(t -> t >= now - span).count();
        return (inWindow + Math.max(0, unfinished)) * 60.0 / span;
    }

    public void clear() {
        wordEnds.clear();
        start = Double.NaN;
        now = Double.NaN;
    }
}

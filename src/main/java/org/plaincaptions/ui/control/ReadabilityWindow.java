package org.plaincaptions.ui.control;

import java.util.ArrayDeque;
import java.util.Deque;
import org.plaincaptions.plain.Readability;
import org.plaincaptions.plain.ReadabilityScore;
import org.plaincaptions.plain.ReadabilityTally;
import org.plaincaptions.plain.Rewrite;

/**
 * Readability of what was said against what was shown, for the last minute of audio and for the
 * session, from final results.
 */
public final class ReadabilityWindow {
    public static final double WINDOW_SECONDS = 60;

    private record Entry(double at, ReadabilityScore raw, ReadabilityScore plain) {
    }

    private final ReadabilityTally session = new ReadabilityTally();
    private final Deque<Entry> recent = new ArrayDeque<>();

    /** A final result that ended at {@code seconds} of audio. */
    public void add(double seconds, Rewrite rewrite) {
        session.add(rewrite);
        recent.addLast(new Entry(seconds, Readability.of(rewrite.raw()), Readability.of(rewrite.plain())));
        forgetBefore(seconds - WINDOW_SECONDS);
    }

    public void heardUntil(double seconds) {
        forgetBefore(seconds - WINDOW_SECONDS);
    }

    public ReadabilityScore minuteRaw() {
        return recent.stream().map(Entry::raw).reduce(ReadabilityScore.NONE, ReadabilityScore::plus);
    }

    public ReadabilityScore minutePlain() {
        return recent.stream().map(Entry::plain).reduce(ReadabilityScore.NONE, ReadabilityScore::plus);
    }

    public ReadabilityScore sessionRaw() {
        return session.raw();
    }

    public ReadabilityScore sessionPlain() {
        return session.plain();
    }

    public void clear() {
        session.clear();
        recent.clear();
    }

    /** "42 → 61": reading ease of what was said, then of what was shown; "–" with no words yet. */
    public static String compare(ReadabilityScore raw, ReadabilityScore plain) {
        if (raw.words() == 0) {
            return "–";
        }
        return Math.round(raw.readingEase()) + " → " + Math.round(plain.readingEase());
    }

    private void forgetBefore(double seconds) {
        while (!recent.isEmpty() && recent.peekFirst().at() < seconds) {
            recent.removeFirst();
        }
    }
}

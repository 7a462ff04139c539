package org.plaincaptions.captions;

import java.util.Locale;

/**
 * A stretch of a run with no captions, and why: the transcript shows it as a visible marker instead
 * of silently running the words on either side together.
 *
 * @param start  seconds since the run started, where captions stopped
 * @param end    seconds since the run started, where they began again
 */
public record CaptionGap(double start, double end, Reason reason) {

    /** Why nothing was captioned. */
    public enum Reason {
        MICROPHONE_LOST("microphone lost"),
        FELL_BEHIND("skipped to catch up: the computer fell behind"),
        RECOGNITION_FAILED("speech recognition failed and was restarted");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** A few words for a transcript reader. */
        public String words() {
            return words;
        }

        /** For files: {@code microphone-lost}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The reason with this {@link #key()}; {@code null} when there is none. */
        public static Reason ofKey(String key) {
            for (Reason r : values()) {
                if (r.key().equals(key)) {
                    return r;
                }
            }
            return null;
        }
    }

    public CaptionGap {
        if (!(end >= start)) {
            throw new IllegalArgumentException("a gap ends before it starts: " + start + " > " + end);
        }
    }

    public double seconds() {
        return end - start;
    }

    /** The marker a transcript shows: {@code [no captions for 35 s: microphone lost]}. */
    public String marker() {
        return String.format(Locale.ROOT, "[no captions for %.0f s: %s]", seconds(), reason.words());
    }
}

package org.plaincaptions.captions;

import java.util.Locale;

/** Clock times in transcripts and subtitles, from seconds since the run started. */
final class CaptionTimes {
    private CaptionTimes() {
    }

    /** {@code 01:02:03} followed by {@code separator} and milliseconds ({@code ,} for SRT, {@code .} for WebVTT). */
    static String withMillis(double seconds, char separator) {
        long ms = Math.round(Math.max(0, finite(seconds)) * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, separator, ms % 1000);
    }

    /** {@code 01:02:03}, rounded down to the second, as a reader of minutes wants it. */
    static String clock(double seconds) {
        long s = (long) Math.floor(Math.max(0, finite(seconds)));
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private static double finite(double seconds) {
        return Double.isFinite(seconds) ? seconds : 0;
    }
}

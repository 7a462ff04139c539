package org.plaincaptions.session;

import java.time.Instant;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;

/** One thing in a session's transcript, in the order it happened. */
public sealed interface SessionEntry permits SessionEntry.Said, SessionEntry.Gap {

    /** When it was written down. */
    Instant at();

    /** Seconds since the session started. */
    double start();

    /**
     * A caption: what was said, what was shown and the glossary changes that made the difference.
     *
     * @param unfinished the utterance was still open when the session was cut off (a crash): this is its
     *                   last saved draft, the words shown then, with times estimated (decision 0007)
     */
    record Said(Caption caption, Instant at, boolean unfinished) implements SessionEntry {
        /** A final caption. */
        public Said(Caption caption, Instant at) {
            this(caption, at, false);
        }

        @Override
        public double start() {
            return caption.start();
        }
    }

    /** A stretch with no captions, and why. */
    record Gap(CaptionGap gap, Instant at) implements SessionEntry {
        @Override
        public double start() {
            return gap.start();
        }
    }
}

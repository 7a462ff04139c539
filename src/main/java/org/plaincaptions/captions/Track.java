package org.plaincaptions.captions;

import java.util.Locale;

/** Which words a caption shows: plain (rewritten into everyday words) or raw (as said). */
public enum Track {
    PLAIN, RAW;

    /** For command-line and settings values: "plain" or "raw". */
    public static Track parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

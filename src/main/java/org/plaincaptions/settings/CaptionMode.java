package org.plaincaptions.settings;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Which words the room reads. */
public enum CaptionMode {
    /** The plain-language captions. */
    @JsonEnumDefaultValue
    PLAIN("Plain words"),
    /** What was really said, as recognised. */
    VERBATIM("What was said (verbatim)"),
    /** Plain words large, what was said smaller beneath. */
    BOTH("Both: plain, and what was said beneath");

    private final String label;

    CaptionMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}

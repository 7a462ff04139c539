package org.plaincaptions.settings;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where the caption lines sit on the caption screen. */
public enum CaptionPosition {
    /** At the bottom, under a picture or a speaker: the broadcast place. */
    @JsonEnumDefaultValue
    BOTTOM("Bottom"),
    /** At the top, when the bottom of a projection is hidden by heads. */
    TOP("Top"),
    /** As many lines as fit the whole screen: for a screen that only shows captions. */
    FILL("Fill the screen");

    private final String label;

    CaptionPosition(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}

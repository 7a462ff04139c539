package org.plaincaptions.settings;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The caption screen's colours: each is one stylesheet in {@code styles/} setting a few variables. */
public enum Theme {
    @JsonEnumDefaultValue
    DARK("captions-dark.css", "Dark: white on black"),
    LIGHT("captions-light.css", "Light: black on white"),
    HIGH_CONTRAST("captions-high-contrast.css", "High contrast: yellow on black"),
    CREAM("captions-cream.css", "Cream: dark on cream, for dyslexic readers"),
    CHROMA_GREEN("captions-chroma-green.css", "Green background for a video mixer (chroma key)");

    private final String stylesheet;
    private final String label;

    Theme(String stylesheet, String label) {
        this.stylesheet = stylesheet;
        this.label = label;
    }

    /** The file name in {@code styles/}. */
    public String stylesheet() {
        return stylesheet;
    }

    @Override
    public String toString() {
        return label;
    }
}

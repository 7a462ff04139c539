package org.plaincaptions.ui.display;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of caption words in one font at one size, as a {@link LineNode} lays them out: each word a
 * {@link Text}, rounded up to whole pixels as a layout does, a measured space between words and a small
 * padding at both ends. Two measures of the same font are equal, so the same layout is not redone.
 */
final class FontMeasure implements LineRule.LineMeasure {
    /** Padding at each end of a line, in em: room for a box behind the words (chroma key). */
    static final double END_PADDING_EM = 0.2;
    private static final int MAX_CACHED = 20_000;

    private final Font font;
    private final double space;
    private final Map<String, Double> widths = new HashMap<>();

    private static final Map<Font, FontMeasure> KNOWN = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Font, FontMeasure> eldest) {
            return size() > 16;
        }
    };

    /** The measure of {@code font}, kept while it is in use. FX thread. */
    static FontMeasure of(Font font) {
        return KNOWN.computeIfAbsent(font, FontMeasure::new);
    }

    private FontMeasure(Font font) {
        this.font = font;
        this.space = Math.ceil(raw(" ") > 0 ? raw(" ") : font.getSize() * 0.28);
    }

    Font font() {
        return font;
    }

    @Override
    public double word(String text) {
        if (widths.size() > MAX_CACHED) {
            widths.clear();
        }
        return widths.computeIfAbsent(text, t -> Math.ceil(raw(t)));
    }

    @Override
    public double space() {
        return space;
    }

    /** The padding at one end, in pixels. */
    double endPadding() {
        return Math.ceil(font.getSize() * END_PADDING_EM);
    }

    @Override
    public double ends() {
        return 2 * endPadding();
    }

    private double raw(String text) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FontMeasure f && f.font.equals(font);
    }

    @Override
    public int hashCode() {
        return Objects.hash(font);
    }
}

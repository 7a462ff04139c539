package org.plaincaptions.ui.display;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a font's characters are on average, to fit a line of N characters across the safe area. */
final class CaptionFontMetrics {
    static final String DEFAULT_FAMILY = "DejaVu Sans";
    private static final String SAMPLE = "the people who use services said they want more say in the plan";
    private static final Map<String, Double> EM_PER_CHAR = new HashMap<>();

    private CaptionFontMetrics() {
    }

    /** Average width of a character of English text, in em. */
    static double emPerChar(String family) {
        return EM_PER_CHAR.computeIfAbsent(family, f -> {
            Text text = new Text(SAMPLE);
            text.setFont(Font.font(f, 100));
            double width = text.getLayoutBounds().getWidth();
            return width > 0 ? width / SAMPLE.length() / 100 : 0.55;
        });
    }
}

package org.plaincaptions.ui.display;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills caption lines greedily with words, as many as the {@link LineRule} allows (characters and
 * measured width), so words added at the end never move the words before them. A word too long for a
 * line on its own is cut where it still fits.
 */
final class LineFill {
    private LineFill() {
    }

    static List<List<ShownWord>> lines(List<ShownWord> words, int maxChars) {
        return lines(words, LineRule.chars(maxChars));
    }

    static List<List<ShownWord>> lines(List<ShownWord> words, LineRule rule) {
        LineRule.LineMeasure measure = rule.measure();
        List<List<ShownWord>> lines = new ArrayList<>();
        List<ShownWord> line = new ArrayList<>();
        int length = 0;
        double width = measure.ends();
        for (ShownWord word : words) {
            String text = word.text();
            double wordWidth = measure.word(text);
            while (!fits(rule, text.length(), measure.ends() + wordWidth)) {
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    length = 0;
                    width = measure.ends();
                }
                int cut = longestPiece(rule, text);
                lines.add(List.of(new ShownWord(text.substring(0, cut), word.changed())));
                text = text.substring(cut);
                wordWidth = measure.word(text);
            }
            if (text.isEmpty()) {
                continue;
            }
            ShownWord piece = text.equals(word.text()) ? word : new ShownWord(text, word.changed());
            if (!line.isEmpty() && !fits(rule, length + 1 + text.length(), width + measure.space() + wordWidth)) {
                lines.add(line);
                line = new ArrayList<>();
                length = 0;
                width = measure.ends();
            }
            width += (line.isEmpty() ? 0 : measure.space()) + wordWidth;
            length += (line.isEmpty() ? 0 : 1) + text.length();
            line.add(piece);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static boolean fits(LineRule rule, int chars, double width) {
        return chars <= rule.maxChars() && width <= rule.width();
    }

    /** The most characters of {@code text} that fit a line on their own; at least one. */
    private static int longestPiece(LineRule rule, String text) {
        int n = Math.min(text.length(), rule.maxChars());
        while (n > 1 && !fits(rule, n, rule.measure().ends() + rule.measure().word(text.substring(0, n)))) {
            n--;
        }
        return Math.max(1, n);
    }
}

package org.plaincaptions.ui.display;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills caption lines greedily with words, at most N characters a line, so words added at the end
 * never move the words before them. A word longer than a line is cut.
 */
final class LineFill {
    private LineFill() {
    }

    static List<List<ShownWord>> lines(List<ShownWord> words, int maxChars) {
        List<List<ShownWord>> lines = new ArrayList<>();
        List<ShownWord> line = new ArrayList<>();
        int length = 0;
        for (ShownWord word : words) {
            String text = word.text();
            while (text.length() > maxChars) {
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    length = 0;
                }
                lines.add(List.of(new ShownWord(text.substring(0, maxChars), word.changed())));
                text = text.substring(maxChars);
            }
            ShownWord piece = text.equals(word.text()) ? word : new ShownWord(text, word.changed());
            if (!line.isEmpty() && length + 1 + text.length() > maxChars) {
                lines.add(line);
                line = new ArrayList<>();
                length = 0;
            }
            length += (line.isEmpty() ? 0 : 1) + text.length();
            line.add(piece);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}

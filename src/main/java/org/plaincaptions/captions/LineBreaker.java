package org.plaincaptions.captions;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into caption lines of at most N characters at word boundaries, greedily, so a text that
 * only grows at its end never changes the lines already filled. A word longer than a line is split.
 */
public final class LineBreaker {
    private final int maxChars;

    public LineBreaker(int maxChars) {
        if (maxChars < 8) {
            throw new IllegalArgumentException("a caption line needs at least 8 characters, got " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    public List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(maxChars);
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > maxChars) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, maxChars));
                word = word.substring(maxChars);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

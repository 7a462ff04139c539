package org.plaincaptions.ui.display;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A caption line and its number since the session started: the screen keeps a line's words in place
 * for as long as the number stays the same, and scrolls when the first number shown grows.
 */
public record ShownLine(long number, List<ShownWord> words) {

    public ShownLine {
        words = List.copyOf(words);
    }

    public String text() {
        return words.stream().map(ShownWord::text).collect(Collectors.joining(" "));
    }
}

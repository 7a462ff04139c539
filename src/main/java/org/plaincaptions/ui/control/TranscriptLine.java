package org.plaincaptions.ui.control;

import java.util.List;
import java.util.stream.Collectors;
import org.plaincaptions.ui.display.ShownWord;

/** One utterance in a transcript: its words, marked where the plain words differ from what was said. */
public record TranscriptLine(List<ShownWord> words, boolean partial) {

    public TranscriptLine {
        words = List.copyOf(words);
    }

    public String text() {
        return words.stream().map(ShownWord::text).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return text();
    }
}

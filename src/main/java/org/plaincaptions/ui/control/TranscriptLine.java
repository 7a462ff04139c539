package org.plaincaptions.ui.control;

import java.util.List;
import java.util.stream.Collectors;
import org.plaincaptions.ui.display.ShownWord;

/**
 * One utterance in a transcript: its words, marked where the plain words differ from what was said; or a
 * marker where nothing was captioned ({@code gap}).
 */
public record TranscriptLine(List<ShownWord> words, boolean partial, boolean gap) {

    public TranscriptLine {
        words = List.copyOf(words);
    }

    public TranscriptLine(List<ShownWord> words, boolean partial) {
        this(words, partial, false);
    }

    /** The marker row for a stretch with no captions. */
    public static TranscriptLine gap(org.plaincaptions.captions.CaptionGap gap) {
        return new TranscriptLine(List.of(new ShownWord(gap.marker(), false)), false, true);
    }

    public String text() {
        return words.stream().map(ShownWord::text).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return text();
    }
}

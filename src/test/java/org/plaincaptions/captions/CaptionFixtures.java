package org.plaincaptions.captions;

import java.util.ArrayList;
import java.util.List;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

/** Builds captions for tests: words spaced evenly from a start time. */
public final class CaptionFixtures {
    private CaptionFixtures() {
    }

    public static Caption finalCaption(long sequence, String raw, String plain, double start, double secondsPerWord) {
        return caption(sequence, raw, plain, start, secondsPerWord, true);
    }

    public static Caption partialCaption(long sequence, String raw, String plain) {
        return caption(sequence, raw, plain, 0, 0.3, false);
    }

    public static Caption caption(long sequence, String raw, String plain, double start, double secondsPerWord,
                                  boolean isFinal) {
        List<Word> words = new ArrayList<>();
        double t = start;
        for (String w : raw.isBlank() ? new String[0] : raw.split(" ")) {
            words.add(new Word(w, t, t + secondsPerWord * 0.9, 1.0));
            t += secondsPerWord;
        }
        Rewrite rewrite = new Rewrite(raw, plain, List.of(), 0);
        return new Caption(sequence, new Utterance(raw, words, isFinal), rewrite);
    }
}

package org.plaincaptions.ui;

import java.util.ArrayList;
import java.util.List;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.GlossaryException;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.PlainStage;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

/** Captions for UI tests, rewritten by the real plain-language stage with its built-in glossary. */
public final class Said {
    private static PlainRewriter rewriter;

    private Said() {
    }

    private static synchronized PlainRewriter rewriter() {
        if (rewriter == null) {
            try {
                rewriter = PlainStage.create(List.of(), w -> { });
            } catch (GlossaryException e) {
                throw new IllegalStateException(e);
            }
        }
        return rewriter;
    }

    /** A final result of {@code raw}, words 0.4 s apart from {@code start}. */
    public static Caption finalResult(long sequence, String raw, double start) {
        return caption(sequence, raw, true, start);
    }

    public static Caption partial(long sequence, String raw) {
        return caption(sequence, raw, false, 0);
    }

    private static Caption caption(long sequence, String raw, boolean isFinal, double start) {
        List<Word> words = new ArrayList<>();
        double t = start;
        for (String w : raw.isBlank() ? new String[0] : raw.split(" ")) {
            words.add(new Word(w, t, t + 0.35, 1.0));
            t += 0.4;
        }
        var rewrite = isFinal ? rewriter().rewriteFinal(raw) : rewriter().rewritePartial(raw);
        return new Caption(sequence, new Utterance(raw, words, isFinal), rewrite);
    }
}

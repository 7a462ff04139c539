package org.plaincaptions.speech;

import java.util.List;

/**
 * What the recogniser heard: the words of the current utterance so far (partial) or of a finished
 * utterance (final). Text is exactly as the model writes it: lowercase, no punctuation.
 */
public record Utterance(String text, List<Word> words, boolean isFinal) {

    public Utterance {
        words = List.copyOf(words);
    }

    public static Utterance empty(boolean isFinal) {
        return new Utterance("", List.of(), isFinal);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The same utterance with every word time moved {@code seconds} later (this one when that is 0). */
    public Utterance shiftedBy(double seconds) {
        if (seconds == 0) {
            return this;
        }
        return new Utterance(text, words.stream()
                .map(w -> new Word(w.text(), w.start() + seconds, w.end() + seconds, w.confidence())).toList(), isFinal);
    }

    /** Start of the first word in seconds, or NaN when no word has timings. */
    public double start() {
        return words.isEmpty() ? Double.NaN : words.get(0).start();
    }

    /** End of the last word in seconds, or NaN when no word has timings. */
    public double end() {
        return words.isEmpty() ? Double.NaN : words.get(words.size() - 1).end();
    }
}

package org.plaincaptions.plain;

import java.util.Locale;

/**
 * Readability of captions: Flesch reading ease and Flesch–Kincaid grade, from words, sentences and
 * syllables counted by spelling. The recogniser writes no full stops, so a caption without any
 * counts as one sentence; that keeps raw and plain text comparable.
 */
public final class Readability {
    private Readability() {
    }

    /** The counts of one piece of text. */
    public static ReadabilityScore of(String text) {
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        boolean lastEnded = false;
        for (Token t : Tokenizer.split(text)) {
            if (t.key().isEmpty()) {
                continue;
            }
            words++;
            // A number in digits is read at a glance, which is why Easy Read asks for digits.
            syllables += t.isDigits() ? 1 : syllables(t.lower());
            lastEnded = t.trail().indexOf('.') >= 0 || t.trail().indexOf('?') >= 0 || t.trail().indexOf('!') >= 0;
            if (lastEnded) {
                sentences++;
            }
        }
        if (words > 0 && !lastEnded) {
            sentences++;
        }
        return new ReadabilityScore(sentences, words, syllables);
    }

    /** Syllables of a word, estimated from its vowel groups (at least one). */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "");
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = Morphology.isVowel(c) || c == 'y' && i > 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        int n = w.length();
        boolean silentE = n > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ye");
        boolean silentEd = n > 3 && w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded");
        boolean silentEs = n > 3 && w.endsWith("es") && !w.matches(".*(s|x|z|ch|sh|ge|ce)es");
        if (silentE || silentEd || silentEs) {
            count--;
        }
        return Math.max(1, count);
    }
}

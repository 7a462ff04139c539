package org.plaincaptions.plain;

/**
 * Counts behind the Flesch readability formulas for some text, which add up across captions.
 *
 * @param sentences sentences (a caption with no full stop counts as one)
 * @param words     words, a number written in digits counting as one word
 * @param syllables syllables, estimated by spelling
 */
public record ReadabilityScore(int sentences, int words, int syllables) {
    /** No text at all. */
    public static final ReadabilityScore NONE = new ReadabilityScore(0, 0, 0);

    /**
     * Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Higher is
     * easier: 60–70 is plain English, below 30 is very hard. NaN when there are no words.
     */
    public double readingEase() {
        if (words == 0) {
            return Double.NaN;
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    /**
     * Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59, roughly
     * the US school grade (add 5 for a reading age in years). NaN when there are no words.
     */
    public double grade() {
        if (words == 0) {
            return Double.NaN;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** These counts and another's together. */
    public ReadabilityScore plus(ReadabilityScore other) {
        return new ReadabilityScore(sentences + other.sentences, words + other.words, syllables + other.syllables);
    }
}

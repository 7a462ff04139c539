package org.plaincaptions.plain;

import java.util.Locale;

/**
 * One word of input with the punctuation around it, as the rewriter sees it.
 *
 * @param lead         punctuation written before the word, such as an opening bracket
 * @param word         the word as written
 * @param trail        punctuation written after the word, such as a comma or full stop
 * @param lower        the word in lower case, with curly apostrophes made straight
 * @param key          the matching key: lower case in British spelling, empty for punctuation alone
 * @param hyphenBefore whether a hyphen joins this word to the one before (co-production)
 * @param rawWord      index of the space-separated word of the input this came from
 */
record Token(String lead, String word, String trail, String lower, String key, boolean hyphenBefore, int rawWord) {

    static Token of(String lead, String word, String trail, boolean hyphenBefore, int rawWord) {
        String lower = lower(word);
        boolean letters = false;
        for (int i = 0; i < lower.length() && !letters; i++) {
            letters = Character.isLetterOrDigit(lower.charAt(i));
        }
        String key = letters ? Spelling.key(lower) : "";
        return new Token(lead, word, trail, lower, key, hyphenBefore, rawWord);
    }

    /** Whether punctuation other than a hyphen separates this word from the next one. */
    boolean endsClause() {
        return !trail.isEmpty();
    }

    boolean isDigits() {
        return !word.isEmpty() && (Character.isDigit(word.charAt(0))
                || word.length() > 1 && "£$€".indexOf(word.charAt(0)) >= 0 && Character.isDigit(word.charAt(1)));
    }

    private static String lower(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            char c = word.charAt(i);
            plain = !Character.isUpperCase(c) && c != '\u2019';
        }
        return plain ? word : word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}

package org.plaincaptions.plain;

import java.util.Locale;

/** "a" or "an", by the sound the next word starts with, for when a swap changes that word. */
final class Articles {
    private static final String[] VOWEL_LETTERS_SOUNDING_LIKE_Y = {"uni", "use", "usu", "usa", "uti", "ure", "uri",
        "ufo", "eu", "ewe", "one", "once", "uk"};
    private static final String[] SILENT_H = {"hour", "honest", "honour", "honor", "heir"};
    private static final String LETTERS_SAID_WITH_A_VOWEL = "AEFHILMNORSX";

    private Articles() {
    }

    /** Whether {@code word} takes "an". */
    static boolean takesAn(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            return takesAnAsNumber(word);
        }
        if (word.length() > 1 && isAcronym(word)) {
            return LETTERS_SAID_WITH_A_VOWEL.indexOf(first) >= 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String prefix : SILENT_H) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        for (String prefix : VOWEL_LETTERS_SOUNDING_LIKE_Y) {
            if (lower.startsWith(prefix)) {
                return false;
            }
        }
        return Morphology.isVowel(lower.charAt(0));
    }

    /** "an 8", "an 11", "an 18,000", "an 800": numbers said starting with "eight" or "eleven"/"eighteen". */
    private static boolean takesAnAsNumber(String digits) {
        if (digits.charAt(0) == '8') {
            return true;
        }
        int group = 0;
        while (group < digits.length() && Character.isDigit(digits.charAt(group))) {
            group++;
        }
        return group == 2 && (digits.startsWith("11") || digits.startsWith("18"));
    }

    private static boolean isAcronym(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

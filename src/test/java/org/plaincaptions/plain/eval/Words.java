package org.plaincaptions.plain.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists and forms the scorer compares by: tokens, stems, and the words too small to count. */
final class Words {
    /** Function words: not counted among the words that must survive. */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
            "it's", "this", "that", "these", "those", "there", "their", "they", "them", "we", "our", "us", "you",
            "your", "i", "my", "me", "he", "she", "his", "her", "so", "if", "not", "no", "do", "does", "did", "have",
            "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "which", "who", "whom",
            "what", "when", "where", "how", "why", "than", "then", "also", "all", "any", "some", "more", "most",
            "very", "just", "about", "into", "up", "out", "over", "such", "both", "each", "other", "own", "same",
            "too", "s", "we're", "i'm", "you're", "they're", "don't", "doesn't", "can't", "won't", "isn't", "i've",
            "we've", "you've", "i'd", "we'll", "i'll", "it'll", "that's", "there's", "what's", "who's", "let's",
            "let", "one");

    private Words() {
    }

    /** The words of recogniser-style text. */
    static List<String> tokens(String asr) {
        String t = asr.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split(" "));
    }

    /** A crude stem so inflected forms compare equal: helps, helped, helping and help are all "help". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies") || w.endsWith("ied")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        } else if (w.endsWith("es") && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches")
                || w.endsWith("xes") || w.endsWith("zes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Stems of each token. */
    static List<String> stems(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(stem(t));
        }
        return out;
    }

    /** Start positions of {@code needle} in {@code hay}, by exact token. */
    static List<Integer> find(List<String> hay, List<String> needle) {
        List<Integer> at = new ArrayList<>();
        if (needle.isEmpty()) {
            return at;
        }
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            if (hay.subList(i, i + needle.size()).equals(needle)) {
                at.add(i);
            }
        }
        return at;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdfgklmnprtz".indexOf(s.charAt(n - 1)) >= 0
                && s.charAt(n - 1) != 'l' && s.charAt(n - 1) != 's') {
            return s.substring(0, n - 1);
        }
        return s;
    }
}

package org.plaincaptions.plain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grammar of whole numbers said in words, as the recogniser writes them: "two hundred and fifty",
 * "twenty first", "a million". Reads only; {@link SpokenNumbers} decides how to show what it read.
 */
final class NumberWords {
    /** What was read: the value, where it ended, and how it was said. */
    record Read(long value, int end, boolean ordinal, boolean scaled, boolean hundreds, int words) {
    }

    private enum Last { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE }

    static final Map<String, Integer> SMALL = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] smallOrdinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 0; i < small.length; i++) {
            SMALL.put(small[i], i);
            ORDINALS.put(smallOrdinals[i], i);
        }
        SMALL.put("nought", 0);
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] tensOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tens[i], (i + 2) * 10);
            ORDINALS.put(tensOrdinals[i], (i + 2) * 10);
        }
        ORDINALS.put("hundredth", 100);
        ORDINALS.put("thousandth", 1000);
        ORDINALS.put("millionth", 1_000_000);
    }

    private NumberWords() {
    }

    /** Whether a key is a word of the number grammar (used to keep "twenty twenty" from being a stutter). */
    static boolean isNumberWord(String key) {
        return SMALL.containsKey(key) || TENS.containsKey(key) || SCALES.containsKey(key) || key.equals("hundred")
                || ORDINALS.containsKey(key);
    }

    /** Reads the longest whole number starting at {@code from}, or returns null. */
    static Read read(List<Token> tokens, int from) {
        int j = from;
        long total = 0;
        long current = 0;
        long lastScale = Long.MAX_VALUE;
        Last last = Last.NONE;
        boolean scaled = false;
        boolean hundreds = false;
        if (key(tokens, j).equals("a") && !tokens.get(j).endsClause()
                && (key(tokens, j + 1).equals("hundred") || SCALES.containsKey(key(tokens, j + 1)))) {
            // "a hundred", "a million": the article stands for one.
            current = 1;
            last = Last.UNIT;
            j++;
        }
        while (j < tokens.size()) {
            if (j > from && (tokens.get(j - 1).endsClause() || !tokens.get(j).lead().isEmpty())) {
                break;
            }
            String w = tokens.get(j).key();
            if (w.equals("and") && (last == Last.HUNDRED || last == Last.SCALE) && continuesAfterAnd(tokens, j + 1)) {
                j++;
                continue;
            }
            Integer small = SMALL.get(w);
            Integer tens = TENS.get(w);
            Long scale = SCALES.get(w);
            Integer ordinal = ORDINALS.get(w);
            if (small != null) {
                if (last == Last.UNIT || last == Last.TEEN || last == Last.TENS && (small >= 10 || small == 0)) {
                    break;
                }
                current += small;
                last = small >= 10 ? Last.TEEN : Last.UNIT;
            } else if (tens != null) {
                if (last == Last.UNIT || last == Last.TEEN || last == Last.TENS) {
                    break;
                }
                current += tens;
                last = Last.TENS;
            } else if (w.equals("hundred")) {
                if (current == 0 || current >= 100 || last == Last.HUNDRED) {
                    break;
                }
                current *= 100;
                last = Last.HUNDRED;
                hundreds = true;
            } else if (scale != null) {
                if (current == 0 || scale >= lastScale) {
                    break;
                }
                total += current * scale;
                current = 0;
                lastScale = scale;
                last = Last.SCALE;
                scaled = true;
            } else if (ordinal != null) {
                boolean fits = ordinal >= 100 ? current > 0 && last != Last.SCALE || current == 0 && total == 0
                        : ordinal >= 20 ? last != Last.UNIT && last != Last.TEEN && last != Last.TENS
                        : last != Last.UNIT && last != Last.TEEN && !(last == Last.TENS && ordinal >= 10);
                if (!fits) {
                    break;
                }
                long value = ordinal >= 100 ? total + Math.max(current, 1) * ordinal : total + current + ordinal;
                return new Read(value, j + 1, true, scaled, hundreds, j + 1 - from);
            } else {
                break;
            }
            j++;
        }
        if (last == Last.NONE || total + current == 0 && !key(tokens, from).equals("zero")
                && !key(tokens, from).equals("nought")) {
            return null;
        }
        return new Read(total + current, j, false, scaled, hundreds, j - from);
    }

    /** Whether the words at {@code j} go on with a number under a hundred (the "fifty" of "two hundred and fifty"). */
    private static boolean continuesAfterAnd(List<Token> tokens, int j) {
        String w = key(tokens, j);
        Integer small = SMALL.get(w);
        Integer ordinal = ORDINALS.get(w);
        return small != null && small > 0 || TENS.containsKey(w) || ordinal != null && ordinal > 0 && ordinal < 100;
    }

    static String key(List<Token> tokens, int j) {
        return j < tokens.size() ? tokens.get(j).key() : "";
    }
}

package org.plaincaptions.plain;

/**
 * The features OpenNLP 2.5.4's part-of-speech tagger gives its model for one word (the model's
 * {@code generator.featuregen}: outcome prior, suffixes and prefixes up to 4, the words two either side,
 * sentence start, token class, the two previous tags), written out here in the same order so the model
 * can be evaluated without OpenNLP's XML-configured generators (docs/decisions/0016).
 * {@code TaggerFeaturesTest} checks them against OpenNLP's, feature for feature. Pure and thread-safe.
 */
final class TaggerFeatures {
    /** More than any word gets: 1 + 4 + 4 + 5 + 1 + 2 + 2. */
    static final int MAX = 24;
    private static final String BEGIN = "S=begin";

    private TaggerFeatures() {
    }

    /**
     * Writes the features of {@code words[i]}, given the tags before it, into {@code out} and returns how
     * many there are.
     */
    static int of(String[] words, String[] tags, int i, String[] out) {
        int n = 0;
        String word = words[i];
        out[n++] = "def";
        int affixes = Math.min(4, word.length());
        for (int k = 0; k < affixes; k++) {
            out[n++] = "suf=" + word.substring(Math.max(word.length() - k - 1, 0));
        }
        for (int k = 0; k < affixes; k++) {
            out[n++] = "pre=" + word.substring(0, Math.min(k + 1, word.length()));
        }
        out[n++] = "w=" + lower(word);
        for (int k = 1; k <= 2; k++) {
            if (i - k >= 0) {
                out[n++] = "p" + k + "w=" + lower(words[i - k]);
            }
        }
        for (int k = 1; k <= 2; k++) {
            if (i + k < words.length) {
                out[n++] = "n" + k + "w=" + lower(words[i + k]);
            }
        }
        if (i == 0) {
            out[n++] = BEGIN;
        }
        for (int k = 1; k <= 2; k++) {
            if (i - k == 0) {
                out[n++] = "p" + k + BEGIN;
            }
        }
        String wordClass = tokenClass(word);
        out[n++] = "wc=" + wordClass;
        out[n++] = "w&c=" + lower(word) + "," + wordClass;
        if (i >= 1 && tags[i - 1] != null) {
            out[n++] = "t=" + tags[i - 1];
        }
        if (i >= 2 && tags[i - 2] != null) {
            out[n++] = "t2=" + tags[i - 2] + "," + tags[i - 1];
        }
        return n;
    }

    /** OpenNLP's {@code StringUtil.toLowerCase}: code point by code point. */
    static String lower(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                int[] cp = word.codePoints().map(Character::toLowerCase).toArray();
                return new String(cp, 0, cp.length);
            }
        }
        return word;
    }

    private static final int INITIAL_CAPITAL = 1;
    private static final int ALL_CAPITALS = 1 << 1;
    private static final int ALL_LOWERCASE = 1 << 2;
    private static final int ALL_LETTERS = 1 << 3;
    private static final int ALL_DIGITS = 1 << 4;
    private static final int ALL_HIRAGANA = 1 << 5;
    private static final int ALL_KATAKANA = 1 << 6;
    private static final int PERIOD = 1 << 7;
    private static final int COMMA = 1 << 8;
    private static final int SLASH = 1 << 9;
    private static final int DIGIT = 1 << 10;
    private static final int HYPHEN = 1 << 11;
    private static final int LETTERS = 1 << 12;

    /** OpenNLP's {@code FeatureGeneratorUtil.tokenFeature} (from its {@code StringPattern}). */
    static String tokenClass(String token) {
        int pattern = ALL_CAPITALS | ALL_LOWERCASE | ALL_DIGITS | ALL_LETTERS | ALL_HIRAGANA | ALL_KATAKANA;
        int digits = 0;
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            int type = Character.getType(ch);
            boolean letter = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                    || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                    || type == Character.OTHER_LETTER;
            if (letter) {
                pattern |= LETTERS;
                pattern &= ~ALL_DIGITS;
                if (type == Character.UPPERCASE_LETTER) {
                    pattern |= i == 0 ? INITIAL_CAPITAL : 0;
                    pattern &= ~ALL_LOWERCASE;
                } else {
                    pattern &= ~ALL_CAPITALS;
                }
            } else {
                pattern &= ~(ALL_LETTERS | ALL_CAPITALS | ALL_LOWERCASE);
                if (type == Character.DECIMAL_DIGIT_NUMBER) {
                    pattern |= DIGIT;
                    pattern &= ~(ALL_HIRAGANA | ALL_KATAKANA);
                    digits++;
                } else {
                    pattern &= ~ALL_DIGITS;
                }
                pattern |= ch == ',' ? COMMA : ch == '.' ? PERIOD : ch == '/' ? SLASH : ch == '-' ? HYPHEN : 0;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(token.codePointAt(i));
            if (script == Character.UnicodeScript.LATIN) {
                pattern &= ~(ALL_HIRAGANA | ALL_KATAKANA);
            } else if (script == Character.UnicodeScript.HAN) {
                pattern &= ~(ALL_HIRAGANA | ALL_KATAKANA | ALL_LOWERCASE);
            } else if (script == Character.UnicodeScript.HIRAGANA) {
                pattern &= ~(ALL_KATAKANA | ALL_LOWERCASE);
            } else if (script == Character.UnicodeScript.KATAKANA) {
                pattern &= ~(ALL_HIRAGANA | ALL_LOWERCASE);
            } else if (script == Character.UnicodeScript.COMMON && ch != '・' && ch != 'ー' && ch != '〜') {
                pattern &= ~(ALL_HIRAGANA | ALL_KATAKANA);
            }
        }
        if ((pattern & ALL_HIRAGANA) != 0) {
            return "jah";
        } else if ((pattern & ALL_KATAKANA) != 0) {
            return "jak";
        } else if ((pattern & ALL_LOWERCASE) != 0) {
            return "lc";
        } else if (digits == 2) {
            return "2d";
        } else if (digits == 4) {
            return "4d";
        } else if ((pattern & DIGIT) != 0) {
            return (pattern & LETTERS) != 0 ? "an" : (pattern & HYPHEN) != 0 ? "dd" : (pattern & SLASH) != 0 ? "ds"
                    : (pattern & COMMA) != 0 ? "dc" : (pattern & PERIOD) != 0 ? "dp" : "num";
        } else if ((pattern & ALL_CAPITALS) != 0) {
            return token.length() == 1 ? "sc" : "ac";
        } else if (isCapitalPeriod(token)) {
            return "cp";
        } else if ((pattern & INITIAL_CAPITAL) != 0) {
            return "ic";
        }
        return "other";
    }

    /** OpenNLP's {@code ^[A-ZÄÖÜ]\.$}, found: a capital and a full stop, maybe before a final line break. */
    private static boolean isCapitalPeriod(String token) {
        int n = token.length();
        if (n < 2) {
            return false;
        }
        char c = token.charAt(0);
        if (!(c >= 'A' && c <= 'Z' || c == 'Ä' || c == 'Ö' || c == 'Ü') || token.charAt(1) != '.') {
            return false;
        }
        String rest = token.substring(2);
        return rest.isEmpty() || rest.equals("\r\n") || rest.length() == 1 && "\n\r\u0085\u2028\u2029".indexOf(rest.charAt(0)) >= 0;
    }
}

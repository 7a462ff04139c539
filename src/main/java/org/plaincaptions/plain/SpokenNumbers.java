package org.plaincaptions.plain;

import static org.plaincaptions.plain.NumberWords.key;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spoken numbers shown as digits, as Easy Read guidance asks: cardinals, ordinals, decimals,
 * percentages, money, years and times that cannot be anything else. A lone "one" stays a word
 * ("one of us", "no one"), as the GOV.UK style guide advises. See docs/decisions/0013.
 */
final class SpokenNumbers {
    /** A number phrase: tokens [start, end) shown as {@code text}; {@code open} when more words could still
     * change it (only matters on partial results). {@code text} is null when the words stay as said.
     * Phrases built here carry in {@code open} whether the phrase can go on at all ("25%" cannot). */
    record Match(int end, String text, boolean open) {
    }

    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "from",
            "before", "after", "year", "during", "of", "between");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("at", "from", "until", "till", "til", "by");
    private static final Set<String> CONNECTORS = Set.of("and", "point", "per", "a", "p", "o", "oh", "past", "to");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Map<String, Integer> CLOCK_FRACTIONS = Map.of("five", 5, "ten", 10, "quarter", 15,
            "twenty", 20, "half", 30);

    private SpokenNumbers() {
    }

    /** The number phrase starting at {@code i}, or null if none starts there. */
    static Match match(List<Token> tokens, int i) {
        Match time = clockTime(tokens, i);
        if (time != null) {
            return open(tokens, time);
        }
        NumberWords.Read read = NumberWords.read(tokens, i);
        if (read == null) {
            return null;
        }
        return open(tokens, number(tokens, i, read));
    }

    private static Match open(List<Token> tokens, Match m) {
        int n = tokens.size();
        boolean open = m.open() && (m.end() >= n || m.end() == n - 1
                && CONNECTORS.contains(tokens.get(n - 1).key()) && !tokens.get(m.end() - 1).endsClause());
        return new Match(m.end(), m.text(), open);
    }

    private static Match number(List<Token> tokens, int i, NumberWords.Read read) {
        int end = read.end();
        if (read.ordinal()) {
            return new Match(end, ordinalShown(tokens, i, read) ? read.value() + suffix(read.value()) : null, true);
        }
        if (read.words() == 1 && !read.scaled() && read.value() >= 10 && read.value() <= 20
                && Set.of("eighteen", "nineteen", "twenty").contains(key(tokens, i))) {
            NumberWords.Read rest = NumberWords.read(tokens, end);
            if (rest != null && !rest.ordinal() && !rest.scaled() && !rest.hundreds() && rest.value() >= 10
                    && rest.value() <= 99 && !tokens.get(end - 1).endsClause()) {
                // "nineteen ninety nine", "twenty twenty four": a year said in pairs.
                return new Match(rest.end(), Long.toString(read.value() * 100 + rest.value()), true);
            }
        }
        String digits = Long.toString(read.value());
        String decimals = "";
        if (key(tokens, end).equals("point") && !tokens.get(end - 1).endsClause()) {
            int j = end + 1;
            StringBuilder fraction = new StringBuilder();
            while (j < tokens.size() && fraction.length() < 6 && !tokens.get(j - 1).endsClause()) {
                Integer digit = NumberWords.SMALL.get(key(tokens, j));
                if (digit == null && key(tokens, j).equals("oh")) {
                    digit = 0;
                }
                if (digit == null || digit > 9) {
                    break;
                }
                fraction.append(digit);
                j++;
            }
            if (fraction.length() > 0) {
                decimals = "." + fraction;
                end = j;
            }
        }
        String scaleWord = "";
        if (!decimals.isEmpty() && NumberWords.SCALES.containsKey(key(tokens, end)) && !key(tokens, end).equals("thousand")
                && !tokens.get(end - 1).endsClause()) {
            scaleWord = " " + key(tokens, end);
            end++;
        }
        String amount = decimals.isEmpty() && scaleWord.isEmpty()
                ? wholeNumber(read.value(), yearLike(tokens, i, read)) : grouped(digits) + decimals + scaleWord;
        Match money = money(tokens, end, read, amount, decimals.isEmpty() && scaleWord.isEmpty() && !amount.contains(" "));
        if (money != null) {
            return money;
        }
        if (suffixAt(tokens, end, "percent")) {
            return new Match(end + 1, amount + "%", false);
        }
        if (suffixAt(tokens, end, "per") && key(tokens, end + 1).equals("cent")) {
            return new Match(end + 2, amount + "%", false);
        }
        boolean loneOne = read.words() == 1 && key(tokens, i).equals("one") && decimals.isEmpty();
        return new Match(end, loneOne ? null : amount, true);
    }

    private static Match money(List<Token> tokens, int end, NumberWords.Read read, String amount, boolean whole) {
        if (end > 0 && tokens.get(end - 1).endsClause()) {
            return null;
        }
        String unit = key(tokens, end);
        String symbol = unit.equals("pound") || unit.equals("pounds") || unit.equals("quid") ? "£"
                : unit.equals("dollar") || unit.equals("dollars") ? "$"
                : unit.equals("euro") || unit.equals("euros") ? "€" : null;
        if (symbol == null) {
            boolean pence = (unit.equals("pence") || unit.equals("p")) && whole && read.value() < 1000;
            return pence ? new Match(end + 1, read.value() + "p", false) : null;
        }
        int next = end + 1;
        if (whole && next < tokens.size() && !tokens.get(end).endsClause()) {
            int j = key(tokens, next).equals("and") ? next + 1 : next;
            NumberWords.Read cents = NumberWords.read(tokens, j);
            String minor = symbol.equals("£") ? "pence" : "cents";
            if (cents != null && !cents.ordinal() && cents.value() > 0 && cents.value() < 100 && !cents.scaled()) {
                boolean named = key(tokens, cents.end()).equals(minor) || symbol.equals("£") && key(tokens, cents.end()).equals("p");
                // "five pounds fifty" needs a two-digit amount; "five pounds five" is too unclear to change.
                if (named || j == next && cents.value() >= 10) {
                    String shown = symbol + amount + "." + (cents.value() < 10 ? "0" : "") + cents.value();
                    return new Match(named ? cents.end() + 1 : cents.end(), shown, !named);
                }
            }
        }
        return new Match(next, symbol + amount, whole);
    }

    /** "half past three", "quarter to five", "three thirty pm", "ten am", "nine o'clock", "at two fifteen". */
    private static Match clockTime(List<Token> tokens, int i) {
        String first = key(tokens, i);
        Integer fraction = CLOCK_FRACTIONS.get(first);
        int k = i + 1;
        if (first.equals("twenty") && key(tokens, k).equals("five")) {
            fraction = 25;
            k++;
        }
        String relation = key(tokens, k);
        boolean clockWord = first.equals("half") || first.equals("quarter");
        if (fraction != null && !tokens.get(k - 1).endsClause()
                && (clockWord && k >= tokens.size() || (relation.equals("past") || relation.equals("to")) && k + 1 >= tokens.size())) {
            // "half past" at the end of a partial may still become "2:30": words as said, but held back.
            return new Match(tokens.size(), null, true);
        }
        if (fraction != null && (relation.equals("past") || relation.equals("to")) && !tokens.get(k - 1).endsClause()) {
            Integer hour = hour(key(tokens, k + 1));
            if (hour != null && !tokens.get(k).endsClause()) {
                int h = relation.equals("past") ? hour : hour == 1 ? 12 : hour - 1;
                int m = relation.equals("past") ? fraction : 60 - fraction;
                return new Match(k + 2, h + ":" + (m < 10 ? "0" : "") + m, false);
            }
        }
        Integer hour = hour(first);
        if (hour == null || tokens.get(i).endsClause()) {
            return null;
        }
        int j = i + 1;
        int minutes = -1;
        if ((key(tokens, j).equals("oh") || key(tokens, j).equals("o")) && !tokens.get(j).endsClause()) {
            Integer m = NumberWords.SMALL.get(key(tokens, j + 1));
            if (m != null && m > 0 && m < 10) {
                minutes = m;
                j += 2;
            }
        } else {
            NumberWords.Read m = NumberWords.read(tokens, j);
            if (m != null && !m.ordinal() && !m.scaled() && !m.hundreds() && m.value() >= 10 && m.value() < 60) {
                minutes = (int) m.value();
                j = m.end();
            }
        }
        String clock = minutes < 0 ? Integer.toString(hour) : hour + ":" + (minutes < 10 ? "0" : "") + minutes;
        int after = meridiem(tokens, j);
        if (after > j && !tokens.get(j - 1).endsClause()) {
            String half = key(tokens, j).startsWith("a") ? "am" : "pm";
            return new Match(after, clock + half, false);
        }
        if (minutes < 0 && !tokens.get(j - 1).endsClause()) {
            if (key(tokens, j).equals("o'clock")) {
                return new Match(j + 1, hour + " o'clock", false);
            }
            if (key(tokens, j).equals("o") && key(tokens, j + 1).equals("clock")) {
                return new Match(j + 2, hour + " o'clock", false);
            }
        }
        boolean afterPreposition = i > 0 && TIME_PREPOSITIONS.contains(key(tokens, i - 1)) && !tokens.get(i - 1).endsClause();
        boolean thenMoney = Set.of("pounds", "pound", "percent", "per", "p", "pence", "dollars", "euros")
                .contains(key(tokens, j));
        if (minutes >= 0 && afterPreposition && !thenMoney) {
            return new Match(j, clock, true);
        }
        if (minutes >= 0 && j >= tokens.size()) {
            // "three thirty" at the end may yet get its "pm": shown as two numbers, as it would be anyway.
            return new Match(j, hour + " " + minutes, true);
        }
        return null;
    }

    /** End of an "am"/"pm" said at {@code j} (also "a m", "p m"), or {@code j} if there is none. */
    private static int meridiem(List<Token> tokens, int j) {
        String w = key(tokens, j);
        if (w.equals("am") || w.equals("pm") || w.equals("a.m") || w.equals("p.m")) {
            return j + 1;
        }
        if ((w.equals("a") || w.equals("p")) && key(tokens, j + 1).equals("m") && !tokens.get(j).endsClause()) {
            return j + 2;
        }
        return j;
    }

    private static Integer hour(String w) {
        Integer h = NumberWords.SMALL.get(w);
        return h != null && h >= 1 && h <= 12 ? h : null;
    }

    /** Compound ordinals always; "fifth" after "the" or in a date; "first" to "third" only in a date. */
    private static boolean ordinalShown(List<Token> tokens, int i, NumberWords.Read read) {
        if (read.words() > 1) {
            return true;
        }
        boolean afterThe = i > 0 && key(tokens, i - 1).equals("the") && !tokens.get(i - 1).endsClause();
        boolean date = i > 0 && MONTHS.contains(key(tokens, i - 1)) && !tokens.get(i - 1).endsClause()
                || !tokens.get(i).endsClause() && (MONTHS.contains(key(tokens, i + 1))
                || key(tokens, i + 1).equals("of") && MONTHS.contains(key(tokens, i + 2)));
        return date || afterThe && read.value() >= 4;
    }

    private static boolean yearLike(List<Token> tokens, int i, NumberWords.Read read) {
        long v = read.value();
        if (v < 1000 || v > 2099) {
            return false;
        }
        boolean twoThousandAnd = key(tokens, i).equals("two") && key(tokens, i + 1).equals("thousand") && v > 2000;
        boolean teenHundreds = !read.scaled() && read.hundreds() && v >= 1100;
        boolean afterPreposition = i > 0 && YEAR_PREPOSITIONS.contains(key(tokens, i - 1));
        return twoThousandAnd || teenHundreds || afterPreposition;
    }

    private static boolean suffixAt(List<Token> tokens, int end, String word) {
        return key(tokens, end).equals(word) && end > 0 && !tokens.get(end - 1).endsClause();
    }

    /** Digits as GOV.UK writes them: 2,500; 1.5 million; a year without a comma. */
    static String wholeNumber(long value, boolean year) {
        if (year) {
            return Long.toString(value);
        }
        long[] scales = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L};
        String[] names = {"trillion", "billion", "million"};
        for (int s = 0; s < scales.length; s++) {
            if (value >= scales[s] && value % (scales[s] / 100) == 0) {
                String q = java.math.BigDecimal.valueOf(value).divide(java.math.BigDecimal.valueOf(scales[s]))
                        .stripTrailingZeros().toPlainString();
                return q + " " + names[s];
            }
        }
        return grouped(Long.toString(value));
    }

    private static String grouped(String digits) {
        if (digits.length() <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    private static String suffix(long n) {
        long lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        long last = n % 10;
        return last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    }
}

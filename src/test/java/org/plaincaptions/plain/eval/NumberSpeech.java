package org.plaincaptions.plain.eval;

/**
 * Numbers as a British speaker says them and the recogniser writes them: {@code 225} is "two hundred
 * and twenty five", {@code 2019} "twenty nineteen", {@code 2008} "two thousand and eight", {@code 1.4}
 * "one point four", {@code 23rd} "twenty third".
 */
final class NumberSpeech {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[][] ORDINAL_ENDINGS = {{"one", "first"}, {"two", "second"}, {"three", "third"},
        {"five", "fifth"}, {"eight", "eighth"}, {"nine", "ninth"}, {"twelve", "twelfth"}};

    private NumberSpeech() {
    }

    /** A whole number in words, British style ("one thousand two hundred and five"). */
    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n < 20) {
            return ONES[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : " " + ONES[(int) (n % 10)]);
        }
        if (n < 1000) {
            return ONES[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " and " + cardinal(n % 100));
        }
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        String[] names = {"billion", "million", "thousand"};
        for (int i = 0; i < scales.length; i++) {
            if (n >= scales[i]) {
                long rest = n % scales[i];
                String head = cardinal(n / scales[i]) + " " + names[i];
                if (rest == 0) {
                    return head;
                }
                return head + (rest < 100 ? " and " : " ") + cardinal(rest);
            }
        }
        throw new AssertionError(n);
    }

    /** A four-digit year as said: "nineteen ninety", "two thousand and eight", "twenty twenty one". */
    static String year(int y) {
        if (y >= 2000 && y < 2010) {
            return y == 2000 ? "two thousand" : "two thousand and " + ONES[y - 2000];
        }
        int century = y / 100;
        int rest = y % 100;
        if (rest == 0) {
            return cardinal(century) + " hundred";
        }
        return cardinal(century) + " " + (rest < 10 ? "oh " + ONES[rest] : cardinal(rest));
    }

    /** Whether a four-digit number is most likely a year when said. */
    static boolean looksLikeYear(long n) {
        return n >= 1800 && n <= 2099;
    }

    /** An ordinal in words: 1 "first", 23 "twenty third", 100 "one hundredth". */
    static String ordinal(long n) {
        String words = cardinal(n);
        int space = words.lastIndexOf(' ');
        String head = words.substring(0, space + 1);
        String last = words.substring(space + 1);
        for (String[] pair : ORDINAL_ENDINGS) {
            if (last.equals(pair[0])) {
                return head + pair[1];
            }
        }
        if (last.endsWith("y")) {
            return head + last.substring(0, last.length() - 1) + "ieth";
        }
        return head + last + "th";
    }

    /** A decimal as said: "1.4" is "one point four", "0.25" "nought point two five" is written "zero point two five". */
    static String decimal(String digits) {
        int dot = digits.indexOf('.');
        if (dot < 0) {
            return cardinal(Long.parseLong(digits));
        }
        StringBuilder out = new StringBuilder(cardinal(Long.parseLong(digits.substring(0, dot)))).append(" point");
        for (char c : digits.substring(dot + 1).toCharArray()) {
            out.append(' ').append(ONES[c - '0']);
        }
        return out.toString();
    }
}

package org.plaincaptions.plain.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a written sentence into what the Vosk small English model writes for it when it is said
 * (FIELD-NOTES): lowercase words, no punctuation, numbers in words, hyphens and slashes as spaces,
 * American spellings, and acronyms said as letters written as separate letters ({@code CQC} is
 * {@code c q c}) except the few the model writes as one word ({@code nhs}). Apostrophes inside words
 * stay ({@code council's}, {@code don't}).
 *
 * <pre>{@code
 * AsrText.of("It proposes a £6m fund for 2020/21 (co-location).")
 *   // "it proposes a six million pounds fund for twenty twenty to twenty one co location"
 * }</pre>
 */
public final class AsrText {
    /** Acronyms the recogniser writes as one word. */
    private static final Set<String> SAID_AS_WORDS = Set.of("nhs", "covid", "cop", "gov");
    private static final Map<String, String> ABBREVIATIONS = Map.of("hon.", "honourable", "dr", "doctor",
            "mr", "mister", "mrs", "missus", "prof", "professor", "gov.uk", "gov dot uk", "a&e", "a and e");
    private static final Pattern MONEY = Pattern.compile("£(\\d[\\d,]*(?:\\.\\d+)?)(bn|m|k| billion| million| thousand)?\\b");
    private static final Pattern PERCENT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s?%");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b((?:19|20)\\d\\d)[/-](\\d\\d)\\b");
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2})(am|pm)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(st|nd|rd|th)\\b");
    private static final Pattern PLURAL_NUMBER = Pattern.compile("\\b(\\d+)s\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern ACRONYM = Pattern.compile("^([A-Z]{2,})(s?)$");
    /** Short mixed-case acronyms said as letters: DfE, DfT. */
    private static final Pattern MIXED_ACRONYM = Pattern.compile("^(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,4}$");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("^([A-Za-z]+)(\\d+)$");
    /** A number with a unit or letter written on: 3G, 90dB (said "three g", "ninety decibels"). */
    private static final Pattern DIGITS_AND_LETTERS = Pattern.compile("^(\\d+)([A-Za-z]+)$");

    private AsrText() {
    }

    /** The sentence as the recogniser would write it. */
    public static String of(String written) {
        String s = written.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', ' ').replace('\u2014', ' ');
        s = s.replaceAll("[\u201c\u201d\"]", " ");
        s = replaceAll(MONEY, s, m -> {
            String unit = m.group(2) == null ? "" : switch (m.group(2)) {
                case "bn", " billion" -> " billion";
                case "m", " million" -> " million";
                default -> " thousand";
            };
            return " " + NumberSpeech.decimal(m.group(1).replace(",", "")) + unit + " pounds ";
        });
        s = replaceAll(PERCENT, s, m -> " " + NumberSpeech.decimal(m.group(1).replace(",", "")) + " percent ");
        s = replaceAll(YEAR_RANGE, s, m -> " " + NumberSpeech.year(Integer.parseInt(m.group(1))) + " to "
                + NumberSpeech.cardinal(Integer.parseInt(m.group(2))) + " ");
        s = replaceAll(TIME, s, m -> " " + NumberSpeech.cardinal(Integer.parseInt(m.group(1))) + " "
                + m.group(2).toLowerCase(Locale.ROOT).charAt(0) + " m ");
        s = replaceAll(ORDINAL, s, m -> " " + NumberSpeech.ordinal(Long.parseLong(m.group(1))) + " ");
        s = replaceAll(PLURAL_NUMBER, s, m -> " " + plural(number(m.group(1))) + " ");
        List<String> words = new ArrayList<>();
        for (String raw : s.split("\\s+")) {
            words.addAll(word(raw));
        }
        return String.join(" ", words).replaceAll("\\s+", " ").strip();
    }

    private static List<String> word(String raw) {
        List<String> out = new ArrayList<>();
        if (raw.isEmpty()) {
            return out;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        String bare = lower.replaceAll("^[^a-z0-9£]+|[^a-z0-9.]+$", "");
        String expanded = ABBREVIATIONS.get(bare.endsWith(".") && !bare.equals("hon.") ? bare.substring(0, bare.length() - 1) : bare);
        if (expanded != null) {
            for (String w : expanded.split(" ")) {
                out.add(AmericanSpelling.of(w));
            }
            return out;
        }
        // Hyphens, slashes and other joiners are pauses in speech: split, then read each part.
        for (String part : raw.split("[-/&+]")) {
            out.addAll(part(part));
        }
        return out;
    }

    private static List<String> part(String part) {
        List<String> out = new ArrayList<>();
        String p = part.replaceAll("^[^A-Za-z0-9']+|[^A-Za-z0-9']+$", "").replaceAll("^'+|'+$", "");
        if (p.isEmpty()) {
            return out;
        }
        if (p.endsWith("'s") && ACRONYM.matcher(p.substring(0, p.length() - 2)).matches()) {
            p = p.substring(0, p.length() - 2) + "s";
        }
        Matcher acronym = ACRONYM.matcher(p);
        if (acronym.matches()) {
            String letters = acronym.group(1).toLowerCase(Locale.ROOT);
            if (SAID_AS_WORDS.contains(letters)) {
                out.add(letters + acronym.group(2));
            } else {
                for (char c : letters.toCharArray()) {
                    out.add(String.valueOf(c));
                }
                if (!acronym.group(2).isEmpty()) {
                    out.add("s");
                }
            }
            return out;
        }
        String mixedBase = p.endsWith("'s") ? p.substring(0, p.length() - 2) : p;
        if (MIXED_ACRONYM.matcher(mixedBase).matches() && !mixedBase.equals(mixedBase.toUpperCase(Locale.ROOT))) {
            for (char c : mixedBase.toLowerCase(Locale.ROOT).toCharArray()) {
                out.add(String.valueOf(c));
            }
            if (mixedBase != p) {
                out.add("s");
            }
            return out;
        }
        Matcher mixed = LETTERS_AND_DIGITS.matcher(p);
        if (mixed.matches()) {
            out.addAll(part(mixed.group(1)));
            out.add(number(mixed.group(2)));
            return out;
        }
        Matcher unit = DIGITS_AND_LETTERS.matcher(p);
        if (unit.matches()) {
            out.add(number(unit.group(1)));
            if (unit.group(2).equalsIgnoreCase("db")) {
                out.add("decibels");
            } else {
                out.addAll(part(unit.group(2)));
            }
            return out;
        }
        if (NUMBER.matcher(p).matches()) {
            out.add(number(p));
            return out;
        }
        String lower = p.toLowerCase(Locale.ROOT).replaceAll("[^a-z']", "");
        if (lower.endsWith("'s")) {
            out.add(AmericanSpelling.of(lower.substring(0, lower.length() - 2)) + "'s");
        } else if (!lower.isEmpty()) {
            out.add(AmericanSpelling.of(lower));
        }
        return out;
    }

    private static String number(String digits) {
        String plain = digits.replace(",", "");
        if (!plain.contains(".") && plain.length() == 4 && !digits.contains(",")
                && NumberSpeech.looksLikeYear(Long.parseLong(plain))) {
            return NumberSpeech.year(Integer.parseInt(plain));
        }
        return NumberSpeech.decimal(plain);
    }

    private static String plural(String words) {
        if (words.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        return words.endsWith("x") ? words + "es" : words + "s";
    }

    private interface Replacer {
        String replace(Matcher m);
    }

    private static String replaceAll(Pattern p, String s, Replacer r) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(r.replace(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

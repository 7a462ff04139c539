package org.plaincaptions.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * British and American spelling of lowercase words. Matching uses the British form as the key, so
 * a glossary written either way matches speech written either way; output follows the locale.
 */
enum Spelling {
    BRITISH, AMERICAN;

    private static final Map<String, String> TO_BRITISH = new HashMap<>();
    private static final Map<String, String> TO_AMERICAN = new HashMap<>();
    private static final String[] IZE_ENDINGS = {"ize", "izes", "ized", "izing", "izer", "izers", "ization",
        "izations", "izable"};
    private static final String[] YZE_ENDINGS = {"yze", "yzes", "yzed", "yzing", "yzer"};
    /** Words ending in -ise that are -ise in American English too. */
    private static final Set<String> ALWAYS_ISE = Set.of("advise", "revise", "surprise", "exercise", "promise",
            "premise", "otherwise", "wise", "rise", "arise", "noise", "raise", "praise", "appraise", "compromise",
            "enterprise", "franchise", "supervise", "televise", "improvise", "comprise", "despise", "devise",
            "disguise", "expertise", "merchandise", "precise", "concise", "chastise", "excise", "incise", "apprise",
            "poise", "cruise", "bruise", "treatise", "likewise", "clockwise", "anticlockwise", "paradise", "guise",
            "reprise", "demise", "advertise", "circumcise", "porpoise", "tortoise", "sunrise", "uprise", "prise",
            "braise", "chaise", "mortise", "valise", "anise");

    static {
        try (InputStream in = Spelling.class.getResourceAsStream("spelling-variants.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] pair = line.split(",");
                TO_BRITISH.put(pair[1], pair[0]);
                TO_AMERICAN.put(pair[0], pair[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spelling-variants.csv from the jar", e);
        }
    }

    /** The spelling an output locale asks for: American for en-US, British for everything else. */
    static Spelling of(Locale locale) {
        return "US".equals(locale.getCountry()) ? AMERICAN : BRITISH;
    }

    /** The matching key of a lowercase word: its British spelling. */
    static String key(String lower) {
        return british(lower);
    }

    /** A lowercase word in this spelling. */
    String apply(String lower) {
        return this == BRITISH ? british(lower) : american(lower);
    }

    /** A word of any case in this spelling, keeping its capitals (Colour, COLOUR). */
    String applyKeepingCase(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String spelt = apply(lower);
        if (spelt.equals(lower)) {
            return word;
        }
        return Capitals.matchCase(word, spelt);
    }

    private static String british(String lower) {
        String listed = TO_BRITISH.get(lower);
        if (listed != null) {
            return listed;
        }
        String ize = swapEnding(lower, IZE_ENDINGS, "iz", "is");
        if (ize != null && !isSizeWord(lower)) {
            return ize;
        }
        String yze = swapEnding(lower, YZE_ENDINGS, "yz", "ys");
        return yze != null ? yze : lower;
    }

    private static String american(String lower) {
        String listed = TO_AMERICAN.get(lower);
        if (listed != null) {
            return listed;
        }
        for (String ending : IZE_ENDINGS) {
            String british = "is" + ending.substring(2);
            if (lower.endsWith(british)) {
                String base = lower.substring(0, lower.length() - british.length()) + "ise";
                if (!ALWAYS_ISE.contains(base) && !base.endsWith("wise") && !isSizeWord(lower)) {
                    String swapped = swapEnding(lower, new String[] {british}, "is", "iz");
                    return swapped != null ? swapped : lower;
                }
                return lower;
            }
        }
        for (String ending : YZE_ENDINGS) {
            String british = "ys" + ending.substring(2);
            // "analyses" is also the plural of analysis, which keeps its s in American English.
            if (!ending.equals("yzes") && lower.endsWith(british) && lower.length() > british.length() + 2) {
                return lower.substring(0, lower.length() - british.length()) + ending;
            }
        }
        return lower;
    }

    /** Size, resize, downsize, capsize: -ize in every spelling. */
    private static boolean isSizeWord(String lower) {
        for (String prefix : new String[] {"re", "down", "over", "up", "under", "cap", "out", "right-", "right", ""}) {
            if (lower.startsWith(prefix + "siz")) {
                return true;
            }
        }
        return false;
    }

    /** Swaps {@code from} for {@code to} before one of the endings, when the stem is long enough to be safe. */
    private static String swapEnding(String lower, String[] endings, String from, String to) {
        for (String ending : endings) {
            // A stem of three letters or more keeps prize, seize and maize out of the rule.
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) {
                int at = lower.length() - ending.length();
                return lower.substring(0, at) + to + lower.substring(at + from.length());
            }
        }
        return null;
    }
}

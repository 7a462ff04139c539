package org.plaincaptions.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Capital letters the recogniser leaves out: names of days, months, nations and places, and "I". */
final class Capitals {
    /** A name to capitalise: its words as written, and whether it needs a date word before it. */
    record Name(String[] words, boolean afterDateWord) {
    }

    private static final PhraseTrie<Name> NAMES = readNames();
    private static final Set<String> DATE_WORDS = Set.of("in", "of", "on", "since", "until", "till", "by", "from",
            "last", "next", "this", "early", "late", "mid", "during", "before", "after", "end", "start", "every");
    private static final Map<String, String> PRONOUN_I = Map.of("i", "I", "i'm", "I'm", "i've", "I've",
            "i'll", "I'll", "i'd", "I'd");

    private Capitals() {
    }

    /** The name starting at {@code i}, if any; a context-dependent name only counts after a date word or number. */
    static PhraseTrie.Hit<Name> name(List<Token> tokens, int i) {
        PhraseTrie.Hit<Name> hit = NAMES.longest(tokens, i);
        if (hit.length() > 0 && hit.value().afterDateWord()) {
            Token before = i > 0 ? tokens.get(i - 1) : null;
            boolean dated = before != null && !before.endsClause() && (DATE_WORDS.contains(before.key())
                    || before.isDigits() || NumberWords.ORDINALS.containsKey(before.key()));
            if (!dated) {
                return new PhraseTrie.Hit<>(0, null, hit.mayGrow());
            }
        }
        return hit;
    }

    /** "I" for the pronoun and its contractions, or null. */
    static String pronounI(String lower) {
        return PRONOUN_I.get(lower);
    }

    /** {@code replacement} written in the case of {@code original}: Leverage → Use, LEVERAGE → USE. */
    static String matchCase(String original, String replacement) {
        if (original.isEmpty() || replacement.isEmpty()) {
            return replacement;
        }
        boolean allUpper = original.length() > 1;
        for (int i = 0; i < original.length() && allUpper; i++) {
            char c = original.charAt(i);
            allUpper = !Character.isLetter(c) || Character.isUpperCase(c);
        }
        if (allUpper) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(original.charAt(0)) ? capitalise(replacement) : replacement;
    }

    /** The text with its first letter in upper case. */
    static String capitalise(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) ? text
                        : text.substring(0, i) + Character.toUpperCase(c) + text.substring(i + 1);
            }
            if (Character.isDigit(c)) {
                return text;
            }
        }
        return text;
    }

    private static PhraseTrie<Name> readNames() {
        PhraseTrie<Name> trie = new PhraseTrie<>();
        try (InputStream in = Capitals.class.getResourceAsStream("proper-names.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                boolean dated = line.endsWith(" ~");
                String[] words = (dated ? line.substring(0, line.length() - 2) : line).strip().split(" ");
                List<String> keys = new ArrayList<>();
                for (String w : words) {
                    keys.add(Spelling.key(w.toLowerCase(Locale.ROOT)));
                }
                trie.put(keys, new Name(words, dated));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read proper-names.txt from the jar", e);
        }
        return trie;
    }
}

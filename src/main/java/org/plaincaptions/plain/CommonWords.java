package org.plaincaptions.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words common in everyday English: the most frequent sizes of SCOWL, from Debian's scowl package
 * (see docs/decisions/0011-word-frequency-source.md). A word not here is rare enough to be jargon.
 */
public final class CommonWords {
    private static final String RESOURCE = "common-words.txt";

    private final Set<String> words;

    private CommonWords(Set<String> words) {
        this.words = words;
    }

    /** The list shipped with the app, read once. */
    public static CommonWords everyday() {
        return Shipped.INSTANCE;
    }

    /** A list given in code, for tests. */
    public static CommonWords of(Set<String> words) {
        return new CommonWords(Set.copyOf(words));
    }

    /** How many words the list has. */
    public int size() {
        return words.size();
    }

    /** Whether a lowercase word, or the word it is a form of, is common (councils, meetings, helped). */
    public boolean isCommon(String lower) {
        if (words.contains(lower) || words.contains(Spelling.AMERICAN.apply(lower))) {
            return true;
        }
        for (String base : bases(lower)) {
            if (words.contains(base)) {
                return true;
            }
        }
        return false;
    }

    private static String[] bases(String w) {
        int n = w.length();
        if (n < 5) {
            return new String[0];
        }
        if (w.endsWith("ies") || w.endsWith("ied")) {
            return new String[] {w.substring(0, n - 3) + "y"};
        }
        if (w.endsWith("ing")) {
            return new String[] {w.substring(0, n - 3), w.substring(0, n - 3) + "e"};
        }
        if (w.endsWith("ed") || w.endsWith("es")) {
            return new String[] {w.substring(0, n - 2), w.substring(0, n - 1)};
        }
        if (w.endsWith("s") || w.endsWith("ly")) {
            return new String[] {w.substring(0, n - (w.endsWith("s") ? 1 : 2))};
        }
        return new String[0];
    }

    private static final class Shipped {
        private static final CommonWords INSTANCE = new CommonWords(read());

        private static Set<String> read() {
            Set<String> words = new HashSet<>(16_000);
            try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        words.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
            }
            return Set.copyOf(words);
        }
    }
}

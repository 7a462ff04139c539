package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plaincaptions.plain.GlossaryEntry.Mode;

/** Properties of the engine on random speech built from glossary terms, numbers, fillers and ordinary words. */
class PlainRewriterProperties {
    /** Everyday words; those a glossary term or plain form uses are filtered out below. */
    private static final List<String> EVERYDAY = List.of("council", "house", "park", "library", "today", "tomorrow",
            "garden", "bus", "school", "doctor", "nurse", "street", "bridge", "river", "kitchen", "window", "green",
            "quiet", "happy", "quickly", "walked", "sings", "reads", "children", "family", "friends", "letters",
            "phone", "yesterday", "weather", "rain", "summer", "tea", "coffee", "bread", "chair", "table", "road",
            "our", "their", "we", "they", "she", "he", "it", "and", "but", "or", "because", "if", "when", "there");
    private static final List<String> NUMBERS = List.of("twenty five", "one point five million pounds",
            "two thousand and nineteen", "the fifth of april", "three thirty pm", "fifty percent", "ten pounds fifty",
            "nineteen ninety nine", "a hundred", "one", "two", "at seven oh five", "half past two", "forty two thousand");
    private static final List<String> OTHERS = List.of("um", "uh", "er", "i", "london", "in may", "monday", "a",
            "an", "the", "northern ireland", "color", "organized");
    private static final List<String> ORDINARY = ordinaryWords();
    private static final List<String> TERMS = termForms();

    @Property(tries = 400, seed = "20261201")
    void simplifyingTwiceChangesNothingMore(@ForAll("speech") String raw) {
        String once = Engines.simplify(raw);

        assertThat(Engines.simplify(once)).isEqualTo(once);
    }

    @Property(tries = 400, seed = "20261201")
    void keepsWordsThatNoGlossaryEntryCoversInTheirOrder(@ForAll("speech") String raw) {
        List<String> expected = new ArrayList<>();
        for (String word : raw.split(" ")) {
            boolean repeat = !expected.isEmpty() && expected.get(expected.size() - 1).equals(word);
            if (ORDINARY.contains(word) && !repeat) {
                expected.add(word);
            }
        }
        List<String> shown = words(Engines.simplify(raw));

        assertThat(isSubsequence(expected, shown)).as("%s in %s", expected, shown).isTrue();
    }

    @Property(tries = 300, seed = "20261201")
    void everyChangeCoversExactlyItsReplacement(@ForAll("speech") String raw) {
        for (Rewrite rewrite : List.of(Engines.BRITISH.rewriteFinal(raw), Engines.BRITISH.rewritePartial(raw))) {
            int previousEnd = 0;
            for (Change c : rewrite.changes()) {
                assertThat(rewrite.plain().substring(c.plainStart(), c.plainEnd())).isEqualTo(c.replacement());
                assertThat(c.plainStart()).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = c.plainEnd();
            }
        }
    }

    @Property(tries = 300, seed = "20261201")
    void wordsShownOnAPartialStayWhenTheUtteranceGrows(@ForAll("speech") String raw) {
        String[] words = raw.split(" ");
        List<String> before = List.of();
        for (int k = 1; k <= words.length; k++) {
            Rewrite partial = Engines.BRITISH.rewritePartial(String.join(" ", Arrays.copyOf(words, k)));
            List<String> now = List.of(partial.plain().isEmpty() ? new String[0] : partial.plain().split(" "));
            assertThat(now.subList(0, Math.min(before.size(), now.size()))).as("after %d words", k).isEqualTo(before);
            assertThat(now.size()).isGreaterThanOrEqualTo(before.size());
            before = now;
        }
    }

    @Provide
    Arbitrary<String> speech() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(ORDINARY)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(TERMS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(NUMBERS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(OTHERS)));
        return piece.list().ofMinSize(1).ofMaxSize(14).map(pieces -> String.join(" ", pieces));
    }

    private static List<String> ordinaryWords() {
        Set<String> used = new HashSet<>();
        for (GlossaryEntry entry : Glossary.builtIn().entries()) {
            for (TermForms.Form form : TermForms.of(entry, Spelling.BRITISH)) {
                used.addAll(words(form.plain()));
            }
        }
        return EVERYDAY.stream().filter(w -> !Engines.BRITISH.covers(w) && !used.contains(w)).toList();
    }

    private static List<String> termForms() {
        List<String> terms = new ArrayList<>();
        for (GlossaryEntry entry : Glossary.builtIn().entries()) {
            for (TermForms.Form form : TermForms.of(entry, Spelling.AMERICAN)) {
                terms.add(form.term());
            }
            if (entry.mode() == Mode.REPLACE && entry.term().contains("-")) {
                terms.add(entry.term().replace('-', ' '));
            }
        }
        return terms;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[\\s-]+")) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }

    /** A word as said, or the same verb made to agree with a subject whose number the rewrite changed. */
    private static boolean sameOrAgreed(String said, String shown) {
        return said.equals(shown) || shown.equals(said + "s") || said.equals(shown + "s")
                || shown.equals(said + "es") || said.equals(shown + "es")
                || List.of("is are", "was were", "has have", "does do").stream().map(p -> p.split(" "))
                        .anyMatch(p -> p[0].equals(said) && p[1].equals(shown) || p[1].equals(said) && p[0].equals(shown));
    }

    private static boolean isSubsequence(List<String> wanted, List<String> in) {
        int i = 0;
        for (String w : in) {
            if (i < wanted.size() && sameOrAgreed(wanted.get(i), w)) {
                i++;
            }
        }
        return i == wanted.size();
    }
}

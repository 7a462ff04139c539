package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All the glossaries in use, compiled for matching: every form and spelling of every term, keyed by
 * word. A row written in a glossary beats a form generated from another row; among equals the later
 * glossary (and the later row) wins. Immutable once built.
 */
final class Lexicon {
    /** What a matched form stands for: the entry, and the plain words to show for this form. */
    record Sense(GlossaryEntry entry, String plain, String plainAfterAuxiliary) {
    }

    private record Ranked(List<String> keys, Sense sense, long rank) {
    }

    private final PhraseTrie<Sense> trie = new PhraseTrie<>();
    private final Set<String> coveredWords = new HashSet<>();
    private final int entryCount;

    private Lexicon(Map<String, Ranked> forms, int entryCount) {
        for (Ranked r : forms.values()) {
            trie.put(r.keys(), r.sense());
            coveredWords.addAll(r.keys());
        }
        this.entryCount = entryCount;
    }

    static Lexicon build(List<Glossary> glossaries, Spelling spelling) {
        Map<String, Ranked> forms = new HashMap<>();
        int entries = 0;
        for (int g = 0; g < glossaries.size(); g++) {
            List<GlossaryEntry> rows = glossaries.get(g).entries();
            for (int r = 0; r < rows.size(); r++) {
                GlossaryEntry entry = rows.get(r);
                entries++;
                for (TermForms.Form form : TermForms.of(entry, spelling)) {
                    long rank = ((form.written() ? 1L : 0L) << 40) | ((long) g << 20) | r;
                    Sense sense = new Sense(entry, form.plain(), form.plainAfterAuxiliary());
                    for (List<String> keys : keyVariants(form.term())) {
                        Ranked earlier = forms.get(String.join(" ", keys));
                        if (earlier == null || rank > earlier.rank()) {
                            forms.put(String.join(" ", keys), new Ranked(keys, sense, rank));
                        }
                    }
                }
            }
        }
        return new Lexicon(forms, entries);
    }

    /** The longest term form at {@code from}. */
    PhraseTrie.Hit<Sense> longest(List<Token> tokens, int from) {
        return trie.longest(tokens, from);
    }

    /** Whether a lowercase word is part of any glossary term, in any form or spelling. */
    boolean covers(String lowerWord) {
        return coveredWords.contains(Spelling.key(lowerWord));
    }

    int entryCount() {
        return entryCount;
    }

    /**
     * The key sequences a written form is matched by: the words split at spaces and hyphens, and for a
     * hyphenated term also the words joined up (co-production, co production, coproduction).
     */
    private static List<List<String>> keyVariants(String term) {
        List<List<String>> variants = new ArrayList<>(2);
        variants.add(keys(term, true));
        if (term.indexOf('-') >= 0) {
            variants.add(keys(term.replace("-", ""), false));
        }
        return variants;
    }

    /** Matching keys of the words of {@code term}, split at spaces and, if asked, at hyphens. */
    private static List<String> keys(String term, boolean atHyphens) {
        List<String> keys = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= term.length(); i++) {
            boolean end = i == term.length() || term.charAt(i) == ' ' || atHyphens && term.charAt(i) == '-';
            if (end) {
                if (i > start) {
                    keys.add(Spelling.key(term.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return keys;
    }
}

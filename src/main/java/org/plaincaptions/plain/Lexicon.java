package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;

/**
 * All the glossaries in use, compiled for matching: every form and spelling of every term, keyed by
 * word. A row written in a glossary beats a form generated from another row; among equals the later
 * glossary (and the later row) wins. Immutable once built.
 */
final class Lexicon {
    /**
     * What a matched form stands for: the entry, and the plain words to show for this form.
     *
     * @param mode         what to do: the entry's mode, or explain when the plain words cannot stand for this form
     * @param numberChange +1 when a singular term has plural plain words (voluntary sector → charities and
     *                     voluntary groups), -1 the other way, 0 when the number stays: a verb after it must agree
     * @param ambiguous    the term has rows for several parts of speech: every form is checked against the tags
     */
    record Sense(GlossaryEntry entry, String plain, String plainAfterAuxiliary, GlossaryEntry.Mode mode,
                 int numberChange, boolean ambiguous) {
        Sense(GlossaryEntry entry, String plain, String plainAfterAuxiliary) {
            this(entry, plain, plainAfterAuxiliary, entry.mode(), 0, false);
        }

        /** Plain words for a noun that take no article: "the synergy" cannot become "the working together". */
        boolean takesNoArticle() {
            if (entry.pos() != PartOfSpeech.NOUN || plain.isEmpty()) {
                return false;
            }
            String[] words = plain.toLowerCase(java.util.Locale.ROOT).split(" ");
            int head = Morphology.nounHead(words);
            return head >= 0 && !Morphology.canBePlural(words[head]);
        }

        PartOfSpeech pos() {
            return entry.pos();
        }

        /**
         * A noun whose plain words go on after their head ("care built around the person", "number of
         * visitors", "people who use services"): they cannot stand before another noun.
         */
        boolean cannotModifyNoun() {
            return entry.pos() == PartOfSpeech.NOUN && entry.place() == GlossaryEntry.Place.TERM && !entry.hasSlot()
                    && !plain.isEmpty() && !Morphology.canModifyNoun(plain.toLowerCase(java.util.Locale.ROOT).split(" "));
        }

        /** Whether choosing or using this sense needs the caption's part-of-speech tags. */
        boolean needsTags() {
            return entry.hasSlot() || entry.place() == GlossaryEntry.Place.AFTER_NOUN || numberChange != 0
                    || startsWithArticle(plain);
        }
    }

    /** The senses one form can have: one per part of speech, best first. */
    record Senses(List<Sense> all) {
        Sense only() {
            return all.size() == 1 ? all.get(0) : null;
        }
    }

    private record Ranked(List<String> keys, Sense sense, long rank) {
    }

    /**
     * What a lexicon holds, before it is made into a trie: the key words of every form and its senses, in
     * the same order, and how many rows it came from. The build compiles it for the built-in glossary.
     */
    record Content(List<List<String>> keys, List<Senses> senses, int entryCount) {
    }

    private static final long WRITTEN = 1L << 40;
    private final PhraseTrie<Senses> trie = new PhraseTrie<>();
    private final Set<String> coveredWords = new HashSet<>();
    private final int entryCount;

    private Lexicon(Content content) {
        List<List<String>> allKeys = content.keys();
        List<Senses> allSenses = content.senses();
        for (int f = 0; f < allKeys.size(); f++) {
            List<String> keys = allKeys.get(f);
            trie.put(keys, allSenses.get(f));
            for (int i = 0; i < keys.size(); i++) {
                coveredWords.add(keys.get(i));
            }
        }
        coveredWords.remove("{ing}");
        this.entryCount = content.entryCount();
    }

    /** The senses of each form, best first, from the rows that made it. */
    private static Content rank(Map<String, Ranked[]> forms, int entryCount) {
        // Plain loops, no streams or lambdas: this runs once in a fresh JVM, where they cost (decision 0016).
        List<List<String>> allKeys = new ArrayList<>(forms.size());
        List<Senses> allSenses = new ArrayList<>(forms.size());
        Ranked[] ranked = new Ranked[POS_COUNT];
        for (Ranked[] byPos : forms.values()) {
            int n = 0;
            for (Ranked r : byPos) {
                if (r != null) {
                    // Insertion by rank, highest first (ranks are unique: one row has one part of speech).
                    int at = n++;
                    while (at > 0 && ranked[at - 1].rank() < r.rank()) {
                        ranked[at] = ranked[at - 1];
                        at--;
                    }
                    ranked[at] = r;
                }
            }
            PartOfSpeech best = ranked[0].sense().pos();
            if (best == PartOfSpeech.UNSPECIFIED || best == PartOfSpeech.PHRASE) {
                n = 1; // a row for every part of speech overrides rows for one
            } else if (ranked[0].rank() >= WRITTEN) {
                // A form written in a glossary beats forms generated from other rows ("co-located" the adjective
                // over the past of "co-locate"); forms written for several parts of speech all stay.
                int written = 0;
                for (int i = 0; i < n; i++) {
                    if (ranked[i].rank() >= WRITTEN) {
                        ranked[written++] = ranked[i];
                    }
                }
                n = written;
            }
            Sense[] senses = new Sense[n];
            for (int i = 0; i < n; i++) {
                senses[i] = ranked[i].sense();
            }
            allKeys.add(ranked[0].keys());
            allSenses.add(new Senses(List.of(senses)));
        }
        return new Content(allKeys, allSenses, entryCount);
    }

    static boolean startsWithArticle(String plain) {
        return plain.startsWith("the ") || plain.startsWith("a ") || plain.startsWith("an ");
    }

    static Lexicon build(List<Glossary> glossaries, Spelling spelling) {
        Content compiled = glossaries.size() == 1 ? glossaries.get(0).compiledContent(spelling) : null;
        return new Lexicon(compiled != null ? compiled : content(glossaries, spelling));
    }

    /** Every form of every row of the glossaries, later glossaries and rows overriding earlier ones. */
    static Content content(List<Glossary> glossaries, Spelling spelling) {
        Map<String, Ranked[]> forms = new HashMap<>(16_384);
        int entries = 0;
        Map<String, Integer> posOfTerm = new HashMap<>(8_192); // the parts of speech a term has rows for, as bits
        for (Glossary glossary : glossaries) {
            for (GlossaryEntry entry : glossary.entries()) {
                Integer bits = posOfTerm.get(entry.term());
                posOfTerm.put(entry.term(), (bits == null ? 0 : bits) | 1 << entry.pos().ordinal());
            }
        }
        for (int g = 0; g < glossaries.size(); g++) {
            Glossary glossary = glossaries.get(g);
            List<GlossaryEntry> rows = glossary.entries();
            for (int r = 0; r < rows.size(); r++) {
                GlossaryEntry entry = rows.get(r);
                entries++;
                boolean ambiguous = Integer.bitCount(posOfTerm.get(entry.term())) > 1;
                int pos = entry.pos().ordinal();
                for (TermForms.Form form : glossary.forms(r, spelling)) {
                    long rank = (form.written() ? WRITTEN : 0L) | ((long) g << 20) | r;
                    Sense sense = new Sense(entry, form.plain(), form.plainAfterAuxiliary(),
                            form.explainOnly() && entry.mode() == GlossaryEntry.Mode.REPLACE ? GlossaryEntry.Mode.EXPLAIN
                                    : entry.mode(), numberChange(entry, form), ambiguous);
                    String term = form.term();
                    addForm(forms, keys(term, true), pos, sense, rank);
                    if (term.indexOf('-') >= 0) {
                        // A hyphenated term is also matched with its words joined up (co-production, coproduction).
                        addForm(forms, keys(term.replace("-", ""), false), pos, sense, rank);
                    }
                }
            }
        }
        return rank(forms, entries);
    }

    private static final int POS_COUNT = PartOfSpeech.values().length;

    private static void addForm(Map<String, Ranked[]> forms, List<String> keys, int pos, Sense sense, long rank) {
        String key = keys.size() == 1 ? keys.get(0) : String.join(" ", keys);
        Ranked[] byPos = forms.get(key);
        if (byPos == null) {
            byPos = new Ranked[POS_COUNT];
            forms.put(key, byPos);
        }
        Ranked earlier = byPos[pos];
        if (earlier == null || rank > earlier.rank()) {
            byPos[pos] = new Ranked(keys, sense, rank);
        }
    }

    private static int numberChange(GlossaryEntry entry, TermForms.Form form) {
        if (entry.pos() != PartOfSpeech.NOUN || form.explainOnly() || entry.mode() != GlossaryEntry.Mode.REPLACE
                || form.plain().isEmpty()) {
            return 0;
        }
        boolean plainPlural = TermForms.isPlural(form.plain());
        return plainPlural == form.plural() ? 0 : plainPlural ? 1 : -1;
    }

    /** The longest term form at {@code from}. */
    PhraseTrie.Hit<Senses> longest(List<Token> tokens, int from) {
        return trie.longest(tokens, from);
    }

    /** Whether a lowercase word is part of any glossary term, in any form or spelling. */
    boolean covers(String lowerWord) {
        return coveredWords.contains(Spelling.key(lowerWord));
    }

    int entryCount() {
        return entryCount;
    }

    /** Matching keys of the words of {@code term}, split at spaces and, if asked, at hyphens. */
    private static List<String> keys(String term, boolean atHyphens) {
        List<String> keys = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= term.length(); i++) {
            boolean end = i == term.length() || term.charAt(i) == ' ' || atHyphens && term.charAt(i) == '-';
            if (end) {
                if (i > start) {
                    String word = term.substring(start, i);
                    keys.add(word.equals("{ing}") ? word : Spelling.key(word));
                }
                start = i + 1;
            }
        }
        return keys;
    }
}

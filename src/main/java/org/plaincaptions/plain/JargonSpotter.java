package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Spots jargon as a meeting goes on: fed each final result as recognised, it counts the words that
 * are rare in everyday English and covered by no glossary, so the facilitator can add a plain
 * alternative in seconds. Safe to feed from one thread and read from another.
 *
 * <pre>{@code
 * JargonSpotter spotter = new JargonSpotter(rewriter);   // the rewriter in use: its glossaries count as covered
 * spotter.hear("we will operationalise the cohort model");
 * spotter.report();   // [JargonWord[word=operationalise, count=1], ...]
 * }</pre>
 */
public final class JargonSpotter {
    /** Shorter words are almost never jargon, and acronyms said as letters come out as one-letter words. */
    private static final int SHORTEST = 4;
    private static final Set<String> NOT_WORDS = Set.of("um", "umm", "uh", "uhm", "erm", "hmm", "mhm");

    private final Predicate<String> coveredByGlossary;
    private final CommonWords common;
    private final Map<String, JargonWord> counts = new HashMap<>();

    /** Spots words rare in the shipped common-word list and not covered by {@code rewriter}'s glossaries. */
    public JargonSpotter(PlainRewriter rewriter) {
        this(rewriter::covers, CommonWords.everyday());
    }

    /** Spots words rare in {@code common} for which {@code coveredByGlossary} is false. */
    public JargonSpotter(Predicate<String> coveredByGlossary, CommonWords common) {
        this.coveredByGlossary = coveredByGlossary;
        this.common = common;
    }

    /** Counts the rare words of one final result, as the recogniser wrote it. */
    public void hear(String finalRaw) {
        for (Token t : Tokenizer.split(finalRaw)) {
            String word = t.lower();
            if (isCandidate(word) && !common.isCommon(word) && !coveredByGlossary.test(word)) {
                synchronized (counts) {
                    counts.merge(singular(t.key()), new JargonWord(singular(word), 1),
                            (a, b) -> new JargonWord(a.word(), a.count() + 1));
                }
            }
        }
    }

    /** The rare words heard so far, most often said first, then alphabetically. */
    public List<JargonWord> report() {
        List<JargonWord> words;
        synchronized (counts) {
            words = new ArrayList<>(counts.values());
        }
        words.sort(Comparator.comparingInt(JargonWord::count).reversed().thenComparing(JargonWord::word));
        return words;
    }

    /** Forgets all counts, e.g. when a new meeting starts. */
    public void clear() {
        synchronized (counts) {
            counts.clear();
        }
    }

    /** Counts and reports "microsites" as "microsite", the form a glossary row is written in. */
    private static String singular(String word) {
        if (!Morphology.looksPlural(word)) {
            return word;
        }
        return word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
    }

    private static boolean isCandidate(String word) {
        if (word.length() < SHORTEST || NOT_WORDS.contains(word) || NumberWords.isNumberWord(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '\'') {
                return false;
            }
        }
        return true;
    }
}

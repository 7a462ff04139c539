package org.plaincaptions.plain.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.plaincaptions.plain.Glossary;
import org.plaincaptions.plain.GlossaryEntry;
import org.plaincaptions.plain.GlossaryEntry.Mode;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;

/**
 * Deterministic speech and glossaries for the benchmarks: sentences as the recogniser writes them,
 * mixing everyday words, glossary terms and spoken numbers, and a synthetic 10,000-entry glossary.
 */
final class BenchmarkSpeech {
    static final int SENTENCE_WORDS = 20;
    static final int SENTENCES = 50;
    /** Words in one pass over the corpus: the benchmark's operations per invocation. */
    static final int CORPUS_WORDS = SENTENCE_WORDS * SENTENCES;

    private static final String[] EVERYDAY = ("the council will meet people in the town hall on tuesday and we "
            + "want to hear from you about the park the library the buses and the housing plan so please come "
            + "along with your friends and family because it matters to all of us here today").split(" ");
    private static final String[] DEFAULT_TERMS = {"leverage", "going forward", "touch base", "in order to",
        "prior to", "at this point in time", "service users", "stakeholders", "co production", "utilize",
        "facilitate", "commenced", "implementing", "in excess of", "signposted", "person centered",
        "twenty five percent", "one point five million pounds", "two thousand and nineteen", "um", "the the",
        // Terms whose rules need part-of-speech tags (issue 11): the tagger runs for these sentences.
        "the voluntary sector provides", "impact", "challenges", "in the process of being evaluated",
        "with a view to improving", "co locate services", "on footfall", "clear synergies"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "zen", "tor", "vex", "pra", "qui", "dul", "bo",
        "ran", "sef", "tu", "nim", "gor", "lex", "pha", "wir", "cot", "yu"};

    private BenchmarkSpeech() {
    }

    /** A synthetic glossary of made-up words: 1 to 3 word terms with 1 or 2 word plain words. */
    static Glossary syntheticGlossary(int size) {
        Random random = new Random(42);
        List<GlossaryEntry> entries = new ArrayList<>(size);
        PartOfSpeech[] kinds = {PartOfSpeech.NOUN, PartOfSpeech.VERB, PartOfSpeech.PHRASE};
        for (int i = 0; i < size; i++) {
            int extra = random.nextInt(3);
            String term = (extra == 0 ? "" : words(random, extra) + " ") + unique(i);
            entries.add(new GlossaryEntry(term, "plain " + unique(i + size), kinds[i % 3], Mode.REPLACE, "",
                    "synthetic", "synthetic:" + (i + 2)));
        }
        return Glossary.of("synthetic", entries);
    }

    /** Sentences of exactly {@link #SENTENCE_WORDS} words using terms from {@code terms}. */
    static List<String> corpus(List<String> terms, long seed) {
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>(SENTENCES);
        for (int s = 0; s < SENTENCES; s++) {
            List<String> words = new ArrayList<>(SENTENCE_WORDS);
            while (words.size() < SENTENCE_WORDS) {
                if (random.nextInt(5) == 0) {
                    for (String w : terms.get(random.nextInt(terms.size())).split(" ")) {
                        if (words.size() < SENTENCE_WORDS) {
                            words.add(w);
                        }
                    }
                } else {
                    words.add(EVERYDAY[random.nextInt(EVERYDAY.length)]);
                }
            }
            sentences.add(String.join(" ", words));
        }
        return sentences;
    }

    static List<String> defaultTerms() {
        return List.of(DEFAULT_TERMS);
    }

    static List<String> syntheticTerms(Glossary glossary) {
        List<String> terms = new ArrayList<>();
        for (GlossaryEntry e : glossary.entries()) {
            terms.add(e.term());
        }
        return terms;
    }

    /** Every growing prefix of each sentence, as a recogniser's partial results would arrive. */
    static List<String> partials(List<String> sentences) {
        List<String> partials = new ArrayList<>();
        for (String sentence : sentences) {
            String[] words = sentence.split(" ");
            for (int k = 1; k <= words.length; k++) {
                partials.add(String.join(" ", java.util.Arrays.copyOf(words, k)));
            }
        }
        return partials;
    }

    /** A made-up word that spells the number {@code i} in syllables, so every term is different. */
    private static String unique(int i) {
        StringBuilder out = new StringBuilder("zu");
        int n = i;
        do {
            out.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return out.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                out.append(' ');
            }
            for (int s = 0; s < 2 + random.nextInt(2); s++) {
                out.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return out.toString();
    }
}

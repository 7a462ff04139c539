package org.plaincaptions.plain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The set's shape only; messages never quote a held-back sentence. */
class EvalSetTest {

    @ParameterizedTest
    @EnumSource(EvalSet.class)
    void eachHalfHasHalfTheSentencesFromEverySource(EvalSet set) {
        List<EvalSentence> sentences = set.sentences();
        Set<String> sources = new HashSet<>();
        sentences.forEach(s -> sources.add(s.source()));
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(150);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest
    @EnumSource(EvalSet.class)
    void everySentenceIsWhatTheConverterMakesOfItsOriginalAndHasItsTermsInIt(EvalSet set) {
        int mismatched = 0;
        int termsMissing = 0;
        for (EvalSentence s : set.sentences()) {
            EvalSentence again = EvalSplit.annotate(s.id(), s.source(), s.original(), s.jargon(), null);
            mismatched += again.equals(s) ? 0 : 1;
            for (EvalSentence.Term t : s.jargon()) {
                termsMissing += Words.find(Words.tokens(s.asr()), Words.tokens(t.heard())).isEmpty() ? 1 : 0;
                termsMissing += t.plain().isEmpty() ? 1 : 0;
            }
        }
        assertThat(mismatched).as("sentences that differ from a fresh conversion (run EvalSplit --reconvert)").isZero();
        assertThat(termsMissing).as("terms not found in their sentence, or without alternatives").isZero();
    }

    @Test
    void theHalvesShareNoSentence() {
        Set<String> dev = new HashSet<>();
        EvalSet.DEV.sentences().forEach(s -> dev.add(s.original()));
        long shared = EvalSet.HELDOUT.sentences().stream().filter(s -> dev.contains(s.original())).count();
        assertThat(shared).isZero();
    }
}

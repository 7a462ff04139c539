package org.plaincaptions.plain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The set's shape only; messages never quote a held-back (heldout, fresh or third) sentence. */
class EvalSetTest {

    @ParameterizedTest
    @EnumSource(value = EvalSet.class, names = {"DEV", "HELDOUT"})
    void eachHalfHasHalfTheSentencesFromEverySource(EvalSet set) {
        List<EvalSentence> sentences = set.sentences();
        Set<String> sources = new HashSet<>();
        sentences.forEach(s -> sources.add(s.source()));
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(150);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void theFreshSetHasAtLeast160SentencesFromSixSourcesTheFirstSetDoesNotUse() {
        List<EvalSentence> fresh = EvalSet.FRESH.sentences();
        Set<String> sources = new HashSet<>();
        fresh.forEach(s -> sources.add(s.source()));
        Set<String> firstSetSources = new HashSet<>();
        EvalSet.DEV.sentences().forEach(s -> firstSetSources.add(s.source()));
        EvalSet.HELDOUT.sentences().forEach(s -> firstSetSources.add(s.source()));
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(160);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(6);
        assertThat(sources.stream().filter(firstSetSources::contains).count())
                .as("fresh sources that the first set already uses").isZero();
        assertThat(fresh.stream().filter(s -> s.jargon().isEmpty()).count())
                .as("fresh sentences without a jargon term").isZero();
    }

    @Test
    void theThirdSetHasAtLeast180SentencesFromSixSourcesNoOtherSetUses() {
        List<EvalSentence> third = EvalSet.THIRD.sentences();
        Set<String> sources = new HashSet<>();
        third.forEach(s -> sources.add(s.source()));
        Set<String> otherSources = new HashSet<>();
        for (EvalSet other : List.of(EvalSet.DEV, EvalSet.HELDOUT, EvalSet.FRESH)) {
            other.sentences().forEach(s -> otherSources.add(s.source()));
        }
        assertThat(third).hasSizeGreaterThanOrEqualTo(180);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(6);
        assertThat(sources.stream().filter(otherSources::contains).count())
                .as("third sources that an earlier set already uses").isZero();
        assertThat(third.stream().filter(s -> s.jargon().isEmpty()).count())
                .as("third sentences without a jargon term").isZero();
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
    void thePartsShareNoSentenceAndNoId() {
        Set<String> originals = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int sentences = 0;
        for (EvalSet set : EvalSet.values()) {
            for (EvalSentence s : set.sentences()) {
                originals.add(s.original());
                ids.add(s.id());
                sentences++;
            }
        }
        assertThat(originals).as("distinct sentences over all parts").hasSize(sentences);
        assertThat(ids).as("distinct ids over all parts").hasSize(sentences);
    }
}

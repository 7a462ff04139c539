package org.plaincaptions.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plaincaptions.plain.CommonWords;

/** The real WordNet 3.1 data and the filters the app uses. */
class WordNetThesaurusTest {
    private static WordNetThesaurus wordNet;

    @BeforeAll
    static void load() throws SuggestionsUnavailableException {
        wordNet = WordNetThesaurus.load();
    }

    @Test
    void findsTheBaseFormAndSynonymsOfAnInflectedVerb() {
        List<Thesaurus.Reading> readings = wordNet.lookUp("rationalised");
        assertThat(readings).extracting(Thesaurus.Reading::lemma).contains("rationalise");
        assertThat(readings.get(0).pos()).isEqualTo(Thesaurus.Pos.VERB);
        assertThat(readings.get(0).candidates()).extracting(Thesaurus.Candidate::words).contains("cut", "prune");
    }

    @Test
    void ranksCommonWordsAboveRareOnes() {
        assertThat(wordNet.frequency("cut", Thesaurus.Pos.VERB)).isGreaterThan(wordNet.frequency("prune", Thesaurus.Pos.VERB));
    }

    @Test
    void suggestsEverydayWordsOfTheSamePartOfSpeechForRealJargon() {
        PlainSuggester suggester = new PlainSuggester(wordNet, CommonWords.everyday()::isCommon, w -> false);
        assertThat(suggester.suggest("rationalised")).extracting(Suggestion::plain).contains("cut");
        assertThat(suggester.suggest("utilise")).extracting(Suggestion::plain).contains("use");
        assertThat(suggester.suggest("utilise")).allSatisfy(s -> assertThat(s.pos()).isEqualTo(Thesaurus.Pos.VERB));
        assertThat(suggester.suggest("rationalised")).allSatisfy(s -> {
            for (String w : s.plain().split(" ")) {
                assertThat(CommonWords.everyday().isCommon(w)).as(w).isTrue();
            }
        });
    }
}

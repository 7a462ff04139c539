package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flesch reading ease and Flesch–Kincaid grade, per caption and per session, raw against plain. */
class ReadabilityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cat        | 1
            table      | 2
            meeting    | 2
            leverage   | 3
            synergy    | 3
            utilize    | 3
            used       | 1
            wanted     | 2
            consultation | 4
            """)
    void countsSyllablesBySpelling(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void scoresACaptionWithTheFleschFormulas() {
        ReadabilityScore score = Readability.of("The cat sat on the mat.");

        assertThat(score).isEqualTo(new ReadabilityScore(1, 6, 6));
        assertThat(score.readingEase()).isCloseTo(206.835 - 1.015 * 6 - 84.6, within(1e-9));
        assertThat(score.grade()).isCloseTo(0.39 * 6 + 11.8 - 15.59, within(1e-9));
    }

    @Test
    void countsACaptionWithoutFullStopsAsOneSentence() {
        assertThat(Readability.of("we need to talk about it").sentences()).isEqualTo(1);
        assertThat(Readability.of("One. Two? Three!").sentences()).isEqualTo(3);
        assertThat(Readability.of("").readingEase()).isNaN();
    }

    @Test
    void showsThePlainTrackIsEasierToReadOverASession() {
        ReadabilityTally tally = new ReadabilityTally();
        tally.add(Engines.BRITISH.rewriteFinal("we need to leverage our synergies going forward"));
        tally.add(Engines.BRITISH.rewriteFinal("in order to facilitate stakeholder engagement prior to implementation"));

        assertThat(tally.raw().words()).isEqualTo(17);
        assertThat(tally.plain().readingEase()).isGreaterThan(tally.raw().readingEase());
        assertThat(tally.plain().grade()).isLessThan(tally.raw().grade());
    }
}

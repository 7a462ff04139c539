package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rare words no glossary covers are counted for the facilitator; everyday and covered words are not. */
class JargonSpotterTest {

    @Test
    void countsRareUncoveredWordsMostFrequentFirst() {
        JargonSpotter spotter = new JargonSpotter(Engines.BRITISH);

        spotter.hear("we will operationalize the framework with a geofencing microsite");
        spotter.hear("the microsite is live");
        spotter.hear("the microsite explains the hub");

        assertThat(spotter.report()).containsExactly(new JargonWord("microsite", 3), new JargonWord("geofencing", 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the council meeting is on tuesday in the town hall     | ''
            we will leverage our synergies with stakeholders       | ''
            the microsite uses geofencing                          | microsite geofencing
            the microsites and the microsite                       | microsite
            we utilize and we utilise                              | ''
            twenty five um people                                  | ''
            """)
    void reportsOnlyRareWordsNoGlossaryCovers(String raw, String expected) {
        JargonSpotter spotter = new JargonSpotter(Engines.BRITISH);

        spotter.hear(raw);

        assertThat(spotter.report()).extracting(JargonWord::word)
                .containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(" "));
    }

    @Test
    void usesAWordListFromTheBuildAndForgetsOnClear() {
        JargonSpotter spotter = new JargonSpotter(Engines.BRITISH);
        spotter.hear("geofencing");

        spotter.clear();

        assertThat(CommonWords.everyday().size()).isGreaterThan(10_000);
        assertThat(spotter.report()).isEmpty();
    }
}

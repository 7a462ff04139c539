package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Partial results: only the trailing words of a term, number or name that may still be completing are held. */
class LiveStabilityGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we need to touch                      | We need to                 | 1
            we need to touch base                 | We need to                 | 2
            we need to touch base with            | We need to talk to         | 0
            we need to touch base with them       | We need to talk to them    | 0
            in order                              | ''                         | 2
            in order to help                      | To                         | 1
            in order to help them                 | To help them               | 0
            we should leverage                    | We should use              | 0
            the cost is twenty                    | The cost is                | 1
            the cost is twenty five               | The cost is                | 2
            the cost is twenty five percent       | The cost is 25%            | 0
            it costs one point five million       | It costs                   | 4
            it costs five pounds                  | It costs                   | 2
            it costs five pounds for a cup        | It costs £5 for a cup      | 0
            we met in northern                    | We met in                  | 1
            we met in northern ireland            | We met in Northern Ireland | 0
            we met a                              | We met                     | 1
            we met a team                         | We met a team              | 0
            um we                                 | We                         | 0
            we we                                 | We                         | 0
            the the                               | ''                         | 1
            in                                    | ''                         | 1
            we meet at the end of the             | We meet                    | 5
            we meet at the end of the day         | We meet in the end         | 0
            there is a lack of homes              | ''                         | 6
            there is a lack of homes for          | There are not enough homes | 1
            """)
    void holdsBackOnlyWordsThatMayStillChange(String raw, String plain, int held) {
        Rewrite rewrite = Engines.BRITISH.rewritePartial(raw);
        assertThat(rewrite.plain()).isEqualTo(plain);
        assertThat(rewrite.heldBackWords()).isEqualTo(held);
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inflection rules and irregular lists behind generated glossary forms. */
class MorphologyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leverage  | leverages  | leveraged  | leveraged  | leveraging
            stop      | stops      | stopped    | stopped    | stopping
            travel    | travels    | travelled  | travelled  | travelling
            commit    | commits    | committed  | committed  | committing
            visit     | visits     | visited    | visited    | visiting
            carry     | carries    | carried    | carried    | carrying
            go        | goes       | went       | gone       | going
            see       | sees       | saw        | seen       | seeing
            tie       | ties       | tied       | tied       | tying
            focus     | focuses    | focused    | focused    | focusing
            panic     | panics     | panicked   | panicked   | panicking
            undertake | undertakes | undertook  | undertaken | undertaking
            be        | is         | was        | been       | being
            """)
    void inflectsVerbsInBritishSpelling(String base, String third, String past, String participle, String ing) {
        assertThat(Morphology.verb(base, true)).isEqualTo(new Morphology.VerbForms(base, third, past, participle, ing));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            travel | traveled | traveling
            cancel | canceled | canceling
            """)
    void keepsOneLInAmericanSpelling(String base, String past, String ing) {
        assertThat(Morphology.verb(base, false).past()).isEqualTo(past);
        assertThat(Morphology.verb(base, false).ing()).isEqualTo(ing);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            stakeholder | stakeholders
            person      | people
            policy      | policies
            process     | processes
            analysis    | analyses
            chairman    | chairmen
            human       | humans
            feedback    | feedback
            results     | results
            """)
    void makesPlurals(String singular, String plural) {
        assertThat(Morphology.plural(singular)).isEqualTo(plural);
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaincaptions.plain.eval.BrokenPatterns;

/**
 * Plain words that cannot stand before another noun, and acronyms said letter by letter (issue 11,
 * outputs that read as broken on real speech): each whole output, not broken, and the same when
 * simplified again.
 */
class CompoundsAndLettersGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we want a person centred care plan for every child  | We want a plan for your care built around the person for every child.
            our footfall data shows a rise                      | Our footfall (the number of visitors) data shows a rise.
            person centred care matters                         | Care built around the person matters.
            person centred care plans for every child           | Plans for your care built around the person for every child.
            we agreed person centred care plans with each family | We agreed plans for your care built around the person with each family.
            the c i n team met on monday                        | The c i n (child who needs extra help) team met on Monday.
            the team from c i n                                 | The team from c i n (child who needs extra help).
            i think the i c b agreed                            | I think the local NHS body that plans health services agreed.
            the c p p s have agreed the plan                    | The c p p s (local partnership that plans with communities) have agreed the plan.
            the i n t s are new                                 | The i n t s (neighbourhood teams) are new.
            """)
    void readsRight(String raw, String expected) {
        String plain = Engines.simplify(raw);

        assertThat(plain).isEqualTo(expected);
        assertThat(BrokenPatterns.find(plain)).as(plain).isEmpty();
        assertThat(Engines.simplify(plain)).isEqualTo(plain);
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grammar that survives the swap: the examples of issue 11 and sentences of the same kinds. */
class GrammarGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the voluntary sector provides most of the support in rural areas | The charities and voluntary groups provide most of the support in rural areas.
            the voluntary sector is strong here                    | The charities and voluntary groups are strong here.
            the voluntary sector also has a role                   | The charities and voluntary groups also have a role.
            the support of the voluntary sector is vital           | The support of the charities and voluntary groups is very important.
            """)
    void makesTheVerbAgreeWithASubjectWhoseNumberChanged(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            there is a shortage of homes in the south of the borough | There are not enough homes in the south of the borough.
            there is a lack of money for youth clubs               | There is not enough money for youth clubs.
            last winter there was a shortage of nurses on the wards | Last winter there were not enough nurses on the wards.
            there was a lack of funding and staff                  | There was not enough funding and staff.
            there is a lack of children's social workers          | There are not enough children's social workers.
            there is a lack of the right homes in the town         | There is a lack of the right homes in the town.
            we know there is a lack of it                          | We know there is a lack of it.
            """)
    void makesThereIsAgreeWithTheNounsAfterIt(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
        assertThat(Engines.simplify(plain)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we want a person centred plan for every child          | We want a plan built around the person for every child.
            a person centred approach works                        | An approach built around the person works.
            we want an evidence based policy                       | We want a policy based on evidence.
            """)
    void placesAdjectiveTermsWhosePlainWordsFollowTheNounAfterIt(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            there are clear synergies with the housing team        | There are clear shared benefits with the housing team.
            we need more granular data on footfall                 | We need more detailed data on the number of visitors.
            our footfall is up                                     | Our number of visitors is up.
            """)
    void keepsNumberAndDeterminersRight(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the scheme is currently in the process of being evaluated | The scheme is now being checked.
            we met with a view to improving the park               | We met to improve the park.
            the trust is seeking to rationalise its estate         | The trust is trying to cut back its buildings and land.
            we will co locate services to reduce duplication       | We will bring services under one roof to reduce overlap.
            the hub will act as a single point of access for residents | The hub will act as one place to go for help for residents.
            """)
    void fillsSlots(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we need to impact the outcome                          | We need to affect the outcome.
            the impact of the cuts                                 | The effect of the cuts.
            we will challenge the decision                         | We will question the decision.
            the challenge is money                                 | The problem is money.
            """)
    void givesEachPartOfSpeechItsOwnPlainWords(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }
}

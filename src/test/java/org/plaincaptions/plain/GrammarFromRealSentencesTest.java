package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaincaptions.plain.eval.BrokenPatterns;

/**
 * The grammar rules on real sentences from the evaluation set's dev half (ids as there), as the
 * recogniser writes them. Each case checks the words around its rule (other words may change as the
 * glossary grows) and that the whole output is not broken.
 */
class GrammarFromRealSentencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            falkirk-business-plan-message-01 | it has had a devastating impact on our communities and economy and fundamentally changed how we live our lives | a devastating effect on our communities | impact
            blog-open-policy-examples-and-findings-05 | for the independent review of children's social care we were asked to scratch beneath the surface by looking at wider family contexts to understand the impact of the system on the families who navigate it | understand the effect of the system | impact
            hansard-commons-social-care-debate-2017-04 | i have seen in the borough of dudley how that has had a positive impact on the frontline of adult social care | how that has helped the frontline | impact
            govuk-speech-rayner-lga-councillors-forum-02 | and i want to help you and enable you and recognize the challenges that you face overall | the problems that you face | challenge
            govuk-speech-javid-health-reform-05 | i also heard about challenges both old and new and some of the innovative things we're already doing to face them | heard about problems both old and new | question
            nhse-london-emerging-design-principles-04 | we will need to respond to public concerns and current challenges around accessing everyday care in the way which both patients and professionals tell us they want to see | present problems around | challenges
            lords-adult-social-care-committee-report-06 | we acknowledge the uniquely challenging funding landscape for adult social care which has to be addressed | very hard funding situation | questioning
            nhse-london-next-steps-02 | place partnerships will provide the leadership and overall accountability for planning delivering and evaluating improved population health and reduced inequalities with each place | will provide the leadership | give
            """)
    void keepsTheSentenceRightAroundTheSwap(String id, String asr, String expected, String notExpected) {
        String plain = Engines.simplify(asr);

        assertThat(plain.toLowerCase(java.util.Locale.ROOT)).as(id).contains(expected).doesNotContain(notExpected);
        assertThat(BrokenPatterns.find(plain)).as(id + ": " + plain).isEmpty();
    }

    /** Sentences of the kinds as said in meetings, each rule on its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the voluntary sector was there for us                  | The charities and voluntary groups were there for us.
            the voluntary sector hasn't had the money              | The charities and voluntary groups haven't had the money.
            our work with the voluntary sector is growing          | Our work with the charities and voluntary groups is growing.
            it will impact on services                             | It will affect services.
            the impact on services is clear                        | The effect on services is clear.
            we are challenging the decision                        | We are questioning the decision.
            the challenges we face                                 | The problems we face.
            our approach is person centred                         | Our approach is built around the person.
            the synergy is strong here                             | The synergy (working together) is strong here.
            footfall is up                                         | The number of visitors is up.
            the hub is a single point of access                    | The hub is one place to go for help.
            there are two single points of access                  | There are 2 places to go for help.
            we will co locate                                      | We will bring under one roof.
            we will co locate our two libraries                    | We will bring our 2 libraries under one roof.
            we met with a view to leveraging funding               | We met to use funding.
            we are in the process of building trust                | We are building trust.
            it was a challenging year                              | It was a challenging year.
            """)
    void appliesEachRule(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }
}

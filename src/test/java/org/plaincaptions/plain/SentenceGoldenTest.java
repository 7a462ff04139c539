package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fillers, stutters, and final results made into sentences with the capitals the recogniser leaves out. */
class SentenceGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            um we need to talk                                     | We need to talk.
            we uh need to talk                                     | We need to talk.
            er so erm what next                                    | So what next.
            the the plan is ready                                  | The plan is ready.
            we we need more                                        | We need more.
            going going forward we meet                            | From now on we meet.
            the um the plan                                        | The plan.
            i know that that is true                               | I know that that is true.
            it is very very good                                   | It is very very good.
            bye bye everyone                                       | Bye bye everyone.
            twenty twenty was hard                                 | 2020 was hard.
            """)
    void dropsFillersAndStutters(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hello everyone                                         | Hello everyone.
            i think we should start                                | I think we should start.
            i'm sure i'll be there and i've said so                | I'm sure I'll be there and I've said so.
            we meet on monday and friday                           | We meet on Monday and Friday.
            the report is due in january                           | The report is due in January.
            we may meet in may                                     | We may meet in May.
            they march on the fifth of march                       | They march on the 5th of March.
            people in england scotland wales and northern ireland  | People in England Scotland Wales and Northern Ireland.
            the northern office                                    | The northern office.
            we visited london and manchester                       | We visited London and Manchester.
            ask your gp or the nhs                                 | Ask your GP or the NHS.
            a trip to milton keynes                                | A trip to Milton Keynes.
            is that right                                          | Is that right.
            Already a sentence.                                    | Already a sentence.
            Is it done?                                            | Is it done?
            """)
    void makesFinalResultsIntoSentences(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we work on co-production                               | We work on co-production (designing services together with the people who use them).
            we work on co production                               | We work on co production (designing services together with the people who use them).
            coproduction and co-production                         | Coproduction (designing services together with the people who use them) and co-production.
            safeguarding is everyone's job                         | Safeguarding (keeping people safe from harm) is everyone's job.
            """)
    void explainsTermsInBracketsOnFirstUse(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we will address the meeting                            | We will address the meeting.     | address
            the key point is the benefit                           | The key point is the benefit.    | key benefit
            we foster good relations                               | We foster good relations.        | foster
            its main function                                      | Its main function.               | function
            """)
    void leavesFlaggedTermsAsSaidAndReportsThem(String raw, String plain, String flagged) {
        Rewrite rewrite = Engines.BRITISH.rewriteFinal(raw);
        assertThat(rewrite.plain()).isEqualTo(plain);
        assertThat(rewrite.flags()).extracting(Flag::term).containsExactly(flagged.split(" "));
        assertThat(rewrite.changes()).isEmpty();
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forms generated at load time, British and American spelling, and hyphen, space or joined variants. */
class InflectionAndSpellingGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we leverage data                                       | We use data.
            she leverages data                                     | She uses data.
            they leveraged data                                    | They used data.
            we are leveraging data                                 | We are using data.
            the team signposted him                                | The team pointed him.
            she signposts people                                   | She points people.
            they implemented the plan                              | They carried out the plan.
            she implements the plan                                | She carries out the plan.
            we are implementing changes                            | We are carrying out changes.
            we have commenced                                      | We have started.
            they demonstrated it                                   | They showed it.
            it has been demonstrated                               | It has been shown.
            the meeting commenced and we proceeded                 | The meeting started and we went ahead.
            they have proceeded                                    | They have gone ahead.
            she made a decision                                    | She decided.
            they are making a decision                             | They are deciding.
            we held a meeting                                      | We met.
            they touched base                                      | They talked.
            we circled back                                        | We came back.
            the council procured it                                | The council bought it.
            we discontinued the pilot                              | We stopped the trial.
            they have encountered problems                         | They have come across problems.
            they encountered problems                              | They came across problems.
            he adversely impacted them                             | He harmed them.
            """)
    void inflectsVerbsBothWays(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the stakeholder agreed                                 | The person with an interest agreed.
            the stakeholders agreed                                | The people with an interest agreed.
            a deliverable is due                                   | A result is due.
            two deliverables are due                               | 2 results are due.
            one service user said                                  | One person using services said.
            service users said                                     | People who use services said.
            the workstreams met                                    | The areas of work met.
            our methodologies differ                               | Our methods differ.
            the comorbidities list                                 | The extra health conditions list.
            three quick wins                                       | 3 easy successes.
            the kpis are green                                     | The measures of success are green.
            the k p i is green                                     | The measure of success is green.
            """)
    void inflectsNounsBothWays(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we utilize it                                          | We use it.
            we utilise it                                          | We use it.
            we prioritized housing                                 | We focused on housing.
            we prioritised housing                                 | We focused on housing.
            the care is person centered                            | The care is built around the person.
            the care is person centred                             | The care is built around the person.
            we will finalize it                                    | We will finish it.
            they incentivized saving                               | They encouraged saving.
            we endeavored to help                                  | We tried to help.
            """)
    void matchesBritishAndAmericanSpellings(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the neighborhood center                                | The neighbourhood centre.
            we organized a program                                 | We organised a program.
            my favorite color                                      | My favourite colour.
            the traveling nurse canceled                           | The travelling nurse cancelled.
            we analyzed the behavior                               | We analysed the behaviour.
            the pediatric ward                                     | The paediatric ward.
            the size of the prize                                  | The size of the prize.
            """)
    void writesBritishSpellingByDefault(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we prioritise housing                                  | We focus on housing.
            the neighbourhood centre                               | The neighborhood center.
            system leadership matters                              | Leading across organizations matters.
            we will minimise costs                                 | We will reduce costs.
            """)
    void writesAmericanSpellingForUsLocale(String raw, String plain) {
        assertThat(Engines.AMERICAN.rewriteFinal(raw).plain()).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            co-produce the plan                                    | Design together the plan.
            co produce the plan                                    | Design together the plan.
            coproduce the plan                                     | Design together the plan.
            a multi-disciplinary team                              | A team of different professionals.
            a multi disciplinary team                              | A team of different professionals.
            a multidisciplinary team                               | A team of different professionals.
            the ring fenced budget                                 | The budget set aside.
            the state of the art lab                               | The latest lab.
            """)
    void matchesHyphenSpaceAndJoinedForms(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }
}

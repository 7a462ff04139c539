package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default glossary on input exactly as the recogniser writes it: terms, phrases, longest match, whole words. */
class GlossaryMatchingGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we need to leverage our strengths                      | We need to use our strengths.
            this creates synergy between the teams                 | This creates working together between the teams.
            going forward we will meet monthly                     | From now on we will meet monthly.
            let us touch base next week                            | Let us talk next week.
            the deliverables are listed in the plan                | The results are listed in the plan.
            please assist the visitors                             | Please help the visitors.
            we need to ascertain the facts                         | We need to find out the facts.
            the group will commence work                           | The group will start work.
            we will endeavor to reply                              | We will try to reply.
            this is a paradigm shift                               | This is a big change.
            we have numerous options                               | We have many options.
            the staff are cognizant of the risks                   | The staff are aware of the risks.
            the scheme is means tested                             | The scheme is based on income and savings.
            the local authority runs it                            | The council runs it.
            talk to the third sector                               | Talk to the charities and voluntary groups.
            we want a robust plan                                  | We want a strong plan.
            it was a quick win                                     | It was an easy success.
            let us not reinvent the wheel                          | Let us not start from scratch.
            ask for help whilst you wait                           | Ask for help while you wait.
            """)
    void replacesSingleTermsAndIdioms(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in order to help you                                   | To help you.
            prior to the meeting                                   | Before the meeting.
            at this point in time we are waiting                   | Now we are waiting.
            in excess of forty people came                         | More than 40 people came.
            due to the fact that it rained                         | Because it rained.
            a large number of people came                          | Many people came.
            we meet on a weekly basis                              | We meet every week.
            is the building in close proximity to the station      | Is the building near the station.
            the majority of residents agreed                       | Most residents agreed.
            with regard to parking                                 | About parking.
            we are unable to attend                                | We cannot attend.
            in the event that it snows                             | If it snows.
            at the end of the day it is your choice                | In the end it is your choice.
            """)
    void shortensWordyPhrases(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in addition to the report                              | As well as the report.
            in addition we met                                     | Also we met.
            the key stakeholders were there                        | The main people involved were there.
            reach out to the team                                  | Contact the team.
            please reach out                                       | Please get in touch.
            drill down into the data                               | Look closely at the data.
            person centered care matters                           | Care built around the person matters.
            the safeguarding lead will call                        | The person in charge of keeping people safe will call.
            """)
    void prefersTheLongestMatch(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the leverageable asset                                 | The leverageable asset.
            our stakeholdership model                              | Our stakeholdership model.
            a synergic approach                                    | A synergic approach.
            the commencement date                                  | The commencement date.
            we order to go                                         | We order to go.
            """)
    void rewritesWholeWordsOnly(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an innovative idea                                     | A new idea.
            we had an initial chat                                 | We had a first chat.
            she gave me a heads up                                 | She gave me an early warning.
            an equitable deal                                      | A fair deal.
            a comorbidity was found                                | An extra health condition was found.
            """)
    void fixesTheArticleAfterASwap(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leverage your network.                                 | Use your network.
            We will LEVERAGE it.                                   | We will USE it.
            In Order To win, we plan.                              | To win, we plan.
            Going forward, we meet.                                | From now on, we meet.
            """)
    void keepsTheCapitalsOfWhatWasSaid(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }
}

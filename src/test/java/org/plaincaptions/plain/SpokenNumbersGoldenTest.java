package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers said in words become digits, as Easy Read guidance asks. */
class SpokenNumbersGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we have two options                                    | We have 2 options.
            twenty five people came                                | 25 people came.
            about a hundred people                                 | About 100 people.
            three hundred and twelve homes                         | 312 homes.
            two thousand five hundred people                       | 2,500 people.
            forty two thousand homes                               | 42,000 homes.
            we need two million homes                              | We need 2 million homes.
            a million people live here                             | 1 million people live here.
            one of us will go                                      | One of us will go.
            no one came                                            | No one came.
            zero people came                                       | 0 people came.
            nineteen members voted                                 | 19 members voted.
            """)
    void expandsCardinalsToDigits(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the closing date is the fifth of april                 | The closing date is the 5th of April.
            on the twenty first of may                             | On the 21st of May.
            it is the third of march                               | It is the 3rd of March.
            this is our twelfth meeting                            | This is our twelfth meeting.
            this is the twelfth meeting                            | This is the 12th meeting.
            the first thing to say                                 | The first thing to say.
            the one hundredth visitor                              | The 100th visitor.
            a fifth of people                                      | A fifth of people.
            june second is the date                                | June 2nd is the date.
            """)
    void expandsOrdinalsWhereTheyCannotBeFractions(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            it grew by one point five                              | It grew by 1.5.
            the rate is three point two five                       | The rate is 3.25.
            zero point five of a unit                              | 0.5 of a unit.
            twenty five percent said yes                           | 25% said yes.
            one percent said no                                    | 1% said no.
            ten point five percent                                 | 10.5%.
            fifty per cent of staff                                | 50% of staff.
            """)
    void expandsDecimalsAndPercentages(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            it costs one point five million pounds                 | It costs £1.5 million.
            a grant of two million pounds                          | A grant of £2 million.
            it costs five pounds                                   | It costs £5.
            it costs five pounds fifty                             | It costs £5.50.
            ten pounds and fifty pence                             | £10.50.
            fifty pence a cup                                      | 50p a cup.
            twenty dollars each                                    | $20 each.
            three euros                                            | €3.
            one pound                                              | £1.
            five hundred thousand pounds                           | £500,000.
            a million pounds                                       | £1 million.
            two point four billion pounds                          | £2.4 billion.
            """)
    void expandsMoney(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in two thousand and nineteen                           | In 2019.
            since nineteen ninety nine                             | Since 1999.
            by twenty twenty four                                  | By 2024.
            in twenty thirty                                       | In 2030.
            the plan ends in two thousand                          | The plan ends in 2000.
            two thousand and five people                           | 2005 people.
            in nineteen hundred                                    | In 1900.
            """)
    void expandsYears(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we start at three thirty pm                            | We start at 3:30pm.
            doors open at ten am                                   | Doors open at 10am.
            doors open at ten a m                                  | Doors open at 10am.
            it ends at five p m                                    | It ends at 5pm.
            lunch is at half past twelve                           | Lunch is at 12:30.
            we finish at quarter to five                           | We finish at 4:45.
            come at nine o'clock                                   | Come at 9 o'clock.
            we meet at two fifteen                                 | We meet at 2:15.
            the bus at seven oh five                               | The bus at 7:05.
            we have three thirty people                            | We have 3 30 people.
            """)
    void expandsTimesThatCannotBeAnythingElse(String raw, String plain) {
        assertThat(Engines.simplify(raw)).isEqualTo(plain);
    }
}

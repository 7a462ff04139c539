package org.plaincaptions.plain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsrTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Council's Executive meets on Tuesday.          | the council's executive meets on tuesday
            We will co-design services face-to-face.           | we will co design services face to face
            It proposes a £6m fund and a £1bn Growth Deal.     | it proposes a six million pounds fund and a one billion pounds growth deal
            an additional £2 billion over 3 years              | an additional two billion pounds over three years
            79% of services, up 3.4% on last year              | seventy nine percent of services up three point four percent on last year
            The state of care in England in 2020/21.           | the state of care in england in twenty twenty to twenty one
            in December 2021 and in 2008 and 1948              | in december twenty twenty one and in two thousand and eight and nineteen forty eight
            The 225 responses and 32,000 services               | the two hundred and twenty five responses and thirty two thousand services
            watch live from 10am on the 23rd                   | watch live from ten a m on the twenty third
            the sale of fireworks to under 18s                 | the sale of fireworks to under eighteens
            INTs, PCNs and the CQC, with the NHS and GPs       | i n t s p c n s and the c q c with the nhs and g p s
            The DfE's team; DfE staff                          | the d f e s team d f e staff
            We will rationalise the organisation's centre.     | we will rationalize the organization's center
            We will advise and exercise, and analyse it.       | we will advise and exercise and analyze it
            the neighbourhood programme, focussed on behaviour | the neighborhood program focused on behavior
            It is a pleasure to follow the hon. Member.        | it is a pleasure to follow the honorable member
            ‘experts by experience’ – that’s “vital”           | experts by experience that's vital
            the G-20 and COVID-19                              | the g twenty and covid nineteen
            use GOV.UK Verify                                  | use gov dot uk verify
            a 3G pitch and fireworks under 90dB                | a three g pitch and fireworks under ninety decibels
            """)
    void writesWhatTheRecogniserWrites(String written, String heard) {
        assertThat(AsrText.of(written)).isEqualTo(heard);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0, zero
            15, fifteen
            100, one hundred
            153, one hundred and fifty three
            1000, one thousand
            1005, one thousand and five
            1400000, one million four hundred thousand
            """)
    void saysWholeNumbersTheBritishWay(long n, String words) {
        assertThat(NumberSpeech.cardinal(n)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            1, first
            2, second
            23, twenty third
            25, twenty fifth
            40, fortieth
            """)
    void saysOrdinals(long n, String words) {
        assertThat(NumberSpeech.ordinal(n)).isEqualTo(words);
    }
}

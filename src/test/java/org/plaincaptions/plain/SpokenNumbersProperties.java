package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The spoken-number converter on any run of number words, connectors and other words, as a recogniser
 * may write them: it never throws, a number phrase it finds ends after where it starts, and what it shows
 * for a number is digits.
 */
class SpokenNumbersProperties {
    private static final List<String> WORDS = List.of("zero", "oh", "one", "two", "three", "five", "seven", "nine",
            "ten", "eleven", "twelve", "fifteen", "eighteen", "nineteen", "twenty", "thirty", "forty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion", "first", "second", "third", "fifth", "twelfth",
            "twentieth", "hundredth", "millionth", "and", "point", "a", "per", "cent", "percent", "pounds", "pound",
            "pence", "p", "dollars", "half", "quarter", "past", "to", "am", "pm", "o'clock", "at", "in", "since", "of",
            "the", "may", "march", "april", "year", "minus", "people", "we", "um", ".", ",", "?", "nineteen-ninety");

    @Property(tries = 2000, seed = "20261201")
    void anyRunOfWordsIsReadWithoutFailingAndPhrasesMoveForward(@ForAll("spoken") String said) {
        List<Token> tokens = Tokenizer.split(said);
        for (int i = 0; i < tokens.size(); i++) {
            SpokenNumbers.Match match = SpokenNumbers.match(tokens, i);
            if (match != null) {
                assertThat(match.end()).isGreaterThan(i).isLessThanOrEqualTo(tokens.size());
                if (match.text() != null) {
                    assertThat(match.text()).containsPattern("[0-9]");
                }
            }
        }
    }

    @Property(tries = 1000, seed = "20261201")
    void theWholeEngineRewritesAnyRunOfNumberWordsWithoutFailing(@ForAll("spoken") String said) {
        Rewrite whole = Engines.BRITISH.rewriteFinal(said);
        Rewrite partial = Engines.BRITISH.rewritePartial(said);

        assertThat(whole.raw()).isEqualTo(said);
        for (Change c : whole.changes()) {
            assertThat(whole.plain().substring(c.plainStart(), c.plainEnd())).isEqualTo(c.replacement());
        }
        assertThat(partial.heldBackWords()).isBetween(0, Tokenizer.countWords(said));
    }

    @Provide
    Arbitrary<String> spoken() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6))
                .list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w));
    }
}

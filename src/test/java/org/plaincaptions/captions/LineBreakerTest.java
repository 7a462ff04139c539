package org.plaincaptions.captions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineBreakerTest {

    @ParameterizedTest(name = "{0} at {1} chars")
    @CsvSource(delimiter = '|', textBlock = """
            we need to talk                            | 42 | we need to talk
            one two three four                         | 9  | one two/three/four
            abcdefghijklmnop                           | 8  | abcdefgh/ijklmnop
            a  b   c                                   | 42 | a b c
            hello there                                | 11 | hello there
            hello there!                               | 11 | hello/there!
            the consultation closes on the fifth of april and the council will reply | 42 | the consultation closes on the fifth of/april and the council will reply
            """)
    void breaksAtWordBoundariesWithinTheLimit(String text, int maxChars, String expected) {
        List<String> lines = new LineBreaker(maxChars).lines(text);
        assertThat(lines).containsExactlyElementsOf(Arrays.asList(expected.split("/")));
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(maxChars));
    }

    @Test
    void emptyTextHasNoLines() {
        assertThat(new LineBreaker(42).lines("   ")).isEmpty();
    }

    @Test
    void growingTextNeverChangesFilledLines() {
        LineBreaker breaker = new LineBreaker(20);
        String sentence = "we will work with people who use the service to make it better for everyone";
        String[] words = sentence.split(" ");
        List<String> previous = List.of();
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            text.append(text.length() == 0 ? "" : " ").append(word);
            List<String> lines = breaker.lines(text.toString());
            for (int i = 0; i < previous.size() - 1; i++) {
                assertThat(lines.get(i)).as("filled line %d after '%s'", i, word).isEqualTo(previous.get(i));
            }
            previous = lines;
        }
    }

    @Test
    void refusesLinesTooShortToRead() {
        assertThatThrownBy(() -> new LineBreaker(3)).isInstanceOf(IllegalArgumentException.class);
    }
}

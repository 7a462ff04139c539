package org.plaincaptions.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plaincaptions.captions.Track;
import org.plaincaptions.ui.Said;

class CaptionFlowTest {

    private static List<String> texts(List<ShownLine> lines) {
        return lines.stream().map(ShownLine::text).toList();
    }

    @Test
    void finalsFlowOnFromLineToLineNewestAtTheBottom() {
        CaptionFlow flow = new CaptionFlow(20);
        flow.accept(Said.finalResult(0, "the meeting will start now", 0));
        flow.accept(Said.finalResult(1, "please take a seat at the back", 3));
        assertThat(texts(flow.lines(Track.RAW, 2))).containsExactly("take a seat at the", "back");
        assertThat(texts(flow.lines(Track.RAW, 6))).containsExactly("the meeting will", "start now please", "take a seat at the", "back");
    }

    @Test
    void aGrowingPartialOnlyAddsWordsAfterTheOnesShown() {
        CaptionFlow flow = new CaptionFlow(24);
        flow.accept(Said.finalResult(0, "good evening everyone", 0));
        List<ShownLine> before = flow.lines(Track.RAW, 3);
        flow.accept(Said.partial(1, "welcome to the"));
        List<ShownLine> during = flow.lines(Track.RAW, 3);
        flow.accept(Said.partial(1, "welcome to the council meeting tonight"));
        List<ShownLine> after = flow.lines(Track.RAW, 3);
        assertThat(during.get(0).text()).startsWith(before.get(0).text());
        assertThat(after.get(0)).isEqualTo(during.get(0));
        assertThat(texts(after)).containsExactly("good evening everyone", "welcome to the council", "meeting tonight");
    }

    @Test
    void aLineKeepsItsNumberWhileItIsShownSoTheScreenCanMoveItUp() {
        CaptionFlow flow = new CaptionFlow(16);
        flow.accept(Said.finalResult(0, "red green blue pink", 0));
        ShownLine first = flow.lines(Track.RAW, 2).get(0);
        flow.accept(Said.finalResult(1, "grey black white gold teal navy plum", 2));
        List<ShownLine> now = flow.lines(Track.RAW, 10);
        assertThat(now.get(0)).isEqualTo(first);
        for (int i = 1; i < now.size(); i++) {
            assertThat(now.get(i).number()).isEqualTo(first.number() + i);
        }
        assertThat(flow.lines(Track.RAW, 2).get(0).number()).isEqualTo(first.number() + now.size() - 2);
    }

    @Test
    void plainWordsTheStageChangedAreMarkedAndTheRestAreNot() {
        CaptionFlow flow = new CaptionFlow(60);
        flow.accept(Said.finalResult(0, "we will leverage our assets", 0));
        List<ShownWord> words = flow.lines(Track.PLAIN, 1).get(0).words();
        assertThat(words).extracting(ShownWord::text).containsExactly("We", "will", "use", "our", "assets.");
        assertThat(words).extracting(ShownWord::changed).containsExactly(false, false, true, false, false);
        assertThat(flow.lines(Track.RAW, 1).get(0).words()).filteredOn(ShownWord::changed).extracting(ShownWord::text)
                .containsExactly("leverage");
    }

    @Test
    void theRawTranscriptMarksWhatWasReplaced() {
        List<ShownWord> raw = MarkedWords.raw(Said.finalResult(0, "we will leverage our assets", 0));
        assertThat(raw).filteredOn(ShownWord::changed).extracting(ShownWord::text).containsExactly("leverage");
    }

    @Test
    void clearEmptiesTheScreenAndTheNextWordsStartOnANewLine() {
        CaptionFlow flow = new CaptionFlow(40);
        flow.accept(Said.finalResult(0, "first words", 0));
        long before = flow.lines(Track.RAW, 1).get(0).number();
        flow.clear();
        assertThat(flow.lines(Track.RAW, 2)).isEmpty();
        flow.accept(Said.finalResult(1, "after the break", 5));
        assertThat(texts(flow.lines(Track.RAW, 2))).containsExactly("after the break");
        assertThat(flow.lines(Track.RAW, 1).get(0).number()).isGreaterThan(before);
    }

    @Test
    void aNewLineLengthBreaksTheKeptLinesAgain() {
        CaptionFlow flow = new CaptionFlow(40);
        flow.accept(Said.finalResult(0, "one two three four five six seven", 0));
        flow.setMaxChars(16);
        assertThat(texts(flow.lines(Track.RAW, 3))).containsExactly("one two three", "four five six", "seven");
    }

    @Test
    void aWordLongerThanALineIsCut() {
        CaptionFlow flow = new CaptionFlow(16);
        flow.accept(Said.finalResult(0, "a supercalifragilisticexpialidocious day", 0));
        assertThat(texts(flow.lines(Track.RAW, 4))).containsExactly("a", "supercalifragili", "sticexpialidocio", "us day");
    }
}

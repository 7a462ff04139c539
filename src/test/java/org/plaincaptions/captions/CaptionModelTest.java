package org.plaincaptions.captions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaincaptions.captions.CaptionFixtures.finalCaption;
import static org.plaincaptions.captions.CaptionFixtures.partialCaption;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionModelTest {
    private final CaptionModel model = new CaptionModel(new CaptionLayout(20, 2));

    @Test
    void showsThePartialWhileItGrows() {
        model.accept(partialCaption(0, "we need", "we need"));
        assertThat(model.visibleLines(Track.RAW)).containsExactly("we need");
        model.accept(partialCaption(0, "we need to leverage", "we need to use"));
        assertThat(model.visibleLines(Track.RAW)).containsExactly("we need to leverage");
        assertThat(model.visibleLines(Track.PLAIN)).containsExactly("we need to use");
    }

    @Test
    void keepsAtMostTheConfiguredLinesNewestAtTheBottom() {
        model.accept(finalCaption(0, "one two three four five six seven eight nine ten", "x", 0, 0.3));
        assertThat(model.visibleLines(Track.RAW)).containsExactly("five six seven eight", "nine ten");
        assertThat(model.allLines(Track.RAW)).containsExactly("one two three four", "five six seven eight", "nine ten");
    }

    @Test
    void nextUtteranceFlowsOnFromTheLastLine() {
        model.accept(finalCaption(0, "hello there", "Hello there.", 0, 0.3));
        model.accept(partialCaption(1, "how are", "how are"));
        assertThat(model.visibleLines(Track.RAW)).containsExactly("hello there how are");
        assertThat(model.visibleLines(Track.PLAIN)).containsExactly("Hello there. how are");
    }

    @Test
    void linesFilledByFinalsNeverMoveWhenAPartialGrows() {
        model.accept(finalCaption(0, "the council will commence the consultation", "x", 0, 0.3));
        List<String> before = model.allLines(Track.RAW);
        List<String> filled = before.subList(0, before.size() - 1);
        model.accept(partialCaption(1, "in march and the closing date", "x"));
        assertThat(model.allLines(Track.RAW).subList(0, filled.size())).isEqualTo(filled);
    }

    @Test
    void finalReplacesThePartialOfItsUtterance() {
        model.accept(partialCaption(0, "please eat", "please eat"));
        model.accept(finalCaption(0, "please speak", "Please speak.", 0, 0.3));
        assertThat(model.visibleLines(Track.PLAIN)).containsExactly("Please speak.");
        assertThat(model.partial()).isNull();
        assertThat(model.latestFinal().raw()).isEqualTo("please speak");
    }

    @Test
    void emptyFinalClearsThePartialAndAddsNothing() {
        model.accept(finalCaption(0, "hello", "Hello.", 0, 0.3));
        model.accept(partialCaption(1, "uh", "uh"));
        model.accept(finalCaption(1, "", "", 0, 0.3));
        assertThat(model.visibleLines(Track.PLAIN)).containsExactly("Hello.");
    }

    @Test
    void clearEmptiesTheScreen() {
        model.accept(finalCaption(0, "hello", "Hello.", 0, 0.3));
        model.clear();
        assertThat(model.visibleLines(Track.PLAIN)).isEmpty();
    }
}

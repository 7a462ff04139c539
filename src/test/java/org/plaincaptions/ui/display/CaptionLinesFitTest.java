package org.plaincaptions.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.settings.CaptionMode;
import org.plaincaptions.settings.Theme;
import org.plaincaptions.ui.Said;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No caption line is ever wider than the caption area, in any theme, size, font and line length the look
 * allows, with words of wide letters: lines are broken by their width measured in the font shown, so no
 * word is cut off at the right edge (issue 15: "welcome to this" read "welcome to thi").
 */
@ExtendWith(ApplicationExtension.class)
class CaptionLinesFitTest {
    /** Wide letters and a word longer than a large-size line. */
    private static final String SAID = "welcome to this meeting WOW mmm we will now go through the wonderful "
            + "WWWWWW memorandum and the counterintelligence framework";
    private static final double[] SIZES = {CaptionLook.MIN_TEXT_SIZE, 5, 8.5, 12, 18, CaptionLook.MAX_TEXT_SIZE};
    private static final int[] CHARS = {CaptionLook.MIN_CHARS, 32, 42, CaptionLook.MAX_CHARS};

    private Stage stage;
    private CaptionScreenModel model;
    private CaptionScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new CaptionScreenModel(CaptionLook.DEFAULT);
        screen = new CaptionScreen(stage, model);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Lines of the look that run past the caption area, or lose words, described; empty when all fit. */
    private List<String> overflowing(CaptionLook look) throws Exception {
        return fx(() -> {
            model.lookProperty().set(look.withLines(CaptionLook.MAX_LINES));
            model.clear();
            model.accept(Said.finalResult(0, SAID, 0));
            for (int pass = 0; pass < 2; pass++) { // the second as the next pulse: new lines have their style
                screen.view().applyCss();
                screen.view().layout();
            }
            List<String> problems = new ArrayList<>();
            for (LinesPane pane : List.of(screen.view().mainLines(), screen.view().beneathLines())) {
                if (!pane.isVisible()) {
                    continue;
                }
                for (LineNode line : pane.lineNodes()) {
                    Bounds b = line.getBoundsInParent();
                    double measured = Math.max(b.getMaxX(), line.prefWidth(-1));
                    if (measured > pane.getWidth() + 0.01) {
                        problems.add(String.format("%s: \"%s\" is %.1f px in an area %.1f px wide", look, line.text(),
                                measured, pane.getWidth()));
                    }
                    for (var word : line.wordNodes()) {
                        if (word.getBoundsInParent().getMaxX() > line.getWidth() + 0.01) {
                            problems.add(look + ": \"" + word.getText() + "\" runs past its line");
                        }
                    }
                }
            }
            return problems;
        });
    }

    @Test
    void noLineIsWiderThanTheCaptionAreaInAnySizeFontOrLineLength() throws Exception {
        List<String> problems = new ArrayList<>();
        int tried = 0;
        for (String family : fx(Font::getFamilies)) {
            for (double size : SIZES) {
                for (int chars : CHARS) {
                    for (CaptionMode mode : List.of(CaptionMode.PLAIN, CaptionMode.BOTH)) {
                        problems.addAll(overflowing(CaptionLook.DEFAULT.withFontFamily(family).withTextSize(size)
                                .withMaxChars(chars).withMode(mode)));
                        tried++;
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void noLineIsWiderThanTheCaptionAreaInAnyTheme() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (double size : SIZES) {
                problems.addAll(overflowing(CaptionLook.DEFAULT.withTheme(theme).withTextSize(size)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDefaultLookShowsEveryWordWhole() throws Exception {
        fx(() -> {
            model.lookProperty().set(CaptionLook.DEFAULT.withLines(CaptionLook.MAX_LINES));
            model.accept(Said.finalResult(0, "welcome to this meeting of the council welcome to this evening", 0));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(String.join(" ", screen.shownLines()))
                .isEqualTo("Welcome to this meeting of the council welcome to this evening.");
        assertThat(overflowing(CaptionLook.DEFAULT)).isEmpty();
    }
}

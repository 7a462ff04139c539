package org.plaincaptions.ui.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.settings.CaptionMode;
import org.plaincaptions.settings.CaptionPosition;
import org.plaincaptions.settings.Margins;
import org.plaincaptions.settings.Theme;
import org.plaincaptions.ui.Said;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The caption screen as the room sees it, headless: themes, modes, layout, scrolling, status, keys. */
@ExtendWith(ApplicationExtension.class)
class CaptionScreenTest {
    private Stage stage;
    private CaptionScreenModel model;
    private CaptionScreen screen;
    private long sequence;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new CaptionScreenModel(CaptionLook.DEFAULT);
        screen = new CaptionScreen(stage, model);
        stage.setWidth(960);
        stage.setHeight(540);
        stage.show();
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void say(String raw) throws Exception {
        Caption caption = Said.finalResult(sequence++, raw, sequence * 5.0);
        fx(() -> model.accept(caption));
    }

    private void look(CaptionLook look) throws Exception {
        fx(() -> model.lookProperty().set(look));
    }

    private List<Text> words(FxRobot robot) {
        return robot.from(screen.view().mainLines()).lookup(".caption-word").queryAllAs(Text.class).stream()
                .filter(t -> t.getParent().isVisible()).toList();
    }

    private Text word(FxRobot robot, String text) {
        return words(robot).stream().filter(t -> t.getText().equalsIgnoreCase(text)).findFirst().orElseThrow();
    }

    private static Color colour(Map<String, String> theme, String variable) {
        return Color.web(theme.get(variable));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void eachThemeColoursTheScreenAndTheWordsFromItsStylesheet(Theme theme, FxRobot robot) throws Exception {
        Map<String, String> colours = ThemeContrastTest.variables(theme);
        look(CaptionLook.DEFAULT.withTheme(theme));
        say("we will leverage our assets");
        assertThat(screen.view().getStylesheets()).anySatisfy(s -> assertThat(s).endsWith("styles/" + theme.stylesheet()));
        assertThat(screen.view().getBackground().getFills().get(0).getFill()).isEqualTo(colour(colours, "-caption-background"));
        assertThat(word(robot, "We").getFill()).isEqualTo(colour(colours, "-caption-text"));
        assertThat(word(robot, "use").getFill()).isEqualTo(colour(colours, "-caption-changed"));
        assertThat(word(robot, "use").getStyleClass()).contains("changed");
    }

    @Test
    void plainModeMarksChangedWordsUnlessTurnedOffAndVerbatimShowsWhatWasSaid(FxRobot robot) throws Exception {
        Map<String, String> dark = ThemeContrastTest.variables(Theme.DARK);
        say("we will leverage our assets");
        assertThat(screen.shownLines()).containsExactly("We will use our assets.");
        assertThat(word(robot, "use").isUnderline()).isTrue();
        assertThat(word(robot, "our").isUnderline()).isFalse();

        look(CaptionLook.DEFAULT.withMarkChanges(false));
        assertThat(word(robot, "use").getFill()).isEqualTo(colour(dark, "-caption-text"));
        assertThat(word(robot, "use").isUnderline()).isFalse();

        look(CaptionLook.DEFAULT.withMode(CaptionMode.VERBATIM));
        assertThat(screen.shownLines()).containsExactly("we will leverage our assets");
        assertThat(word(robot, "leverage").getFill()).isEqualTo(colour(dark, "-caption-text"));
        assertThat(screen.view().shownBeneath()).isEmpty();
    }

    @Test
    void bothModeShowsPlainWordsLargeAndWhatWasSaidSmallerBeneath(FxRobot robot) throws Exception {
        look(CaptionLook.DEFAULT.withMode(CaptionMode.BOTH));
        say("we will leverage our assets");
        assertThat(screen.shownLines()).containsExactly("We will use our assets.");
        assertThat(screen.view().shownBeneath()).containsExactly("we will leverage our assets");
        Text large = word(robot, "We");
        Text small = robot.from(screen.view()).lookup("#caption-verbatim").lookup(".caption-word").queryAllAs(Text.class)
                .iterator().next();
        assertThat(small.getFont().getSize()).isCloseTo(large.getFont().getSize() * CaptionView.BENEATH_SCALE, within(0.5));
        assertThat(small.localToScene(0, 0).getY()).isGreaterThan(large.localToScene(0, 0).getY());
    }

    @Test
    void theNumberOfLinesFollowsTheSettingAndFillUsesTheWholeScreen() throws Exception {
        for (int i = 0; i < 12; i++) {
            say("this is sentence number " + i + " of a long talk about the budget");
        }
        for (int lines = 1; lines <= 6; lines++) {
            look(CaptionLook.DEFAULT.withLines(lines).withTextSize(6));
            assertThat(screen.shownLines()).hasSize(lines);
        }
        look(CaptionLook.DEFAULT.withPosition(CaptionPosition.FILL).withTextSize(5));
        assertThat(screen.shownLines().size()).isGreaterThan(6);
    }

    @Test
    void sizeSpacingPositionAndMarginsPlaceTheLines(FxRobot robot) throws Exception {
        say("good evening everyone");
        double height = fx(() -> screen.view().getHeight());
        double width = fx(() -> screen.view().getWidth());
        look(CaptionLook.DEFAULT.withTextSize(10).withLineSpacing(1.5).withMaxChars(24)
                .withMargins(new Margins(4, 6, 8, 10)));
        Text first = word(robot, "good");
        assertThat(first.getFont().getSize()).isCloseTo(height * 0.10, within(0.5));
        Region lines = screen.view().mainLines();
        assertThat(lines.getLayoutX()).isCloseTo(width * 0.10, within(0.5));
        assertThat(lines.getLayoutY() + lines.getHeight()).isCloseTo(height * 0.92, within(0.5));
        assertThat(screen.view().mainLines().lineNodes().get(0).getHeight()).isCloseTo(height * 0.10 * 1.5, within(0.5));

        look(fx(() -> model.look()).withPosition(CaptionPosition.TOP));
        assertThat(lines.getLayoutY()).isCloseTo(height * 0.04, within(0.5));
        look(CaptionLook.DEFAULT.withFontFamily("DejaVu Serif"));
        assertThat(word(robot, "good").getFont().getFamily()).isEqualTo("DejaVu Serif");
    }

    @Test
    void aLargeSizeKeepsItsSizeAndPutsFewerWordsOnALine(FxRobot robot) throws Exception {
        look(CaptionLook.DEFAULT.withTextSize(30).withMaxChars(42).withLines(6));
        say("the strategy will be reviewed again by the board in september");
        double width = fx(() -> screen.view().getWidth());
        double height = fx(() -> screen.view().getHeight());
        assertThat(words(robot)).isNotEmpty().allSatisfy(w -> assertThat(w.getFont().getSize()).isCloseTo(height * 0.30, within(0.5)));
        assertThat(screen.view().mainLines().lineNodes()).isNotEmpty().allSatisfy(line ->
                assertThat(line.getWidth()).isLessThanOrEqualTo(width * 0.9));
        assertThat(fx(() -> model.shownLayoutProperty().get().charsPerLine())).isLessThan(20);
        assertThat(fx(() -> model.shownLayoutProperty().get().lines())).as("lines that fit the height").isEqualTo(2);
    }

    @Test
    void wordsAlreadyShownStayWhereTheyAreWhileAPartialGrows(FxRobot robot) throws Exception {
        look(CaptionLook.DEFAULT.withPosition(CaptionPosition.TOP)); // lines fill from the top: none moves up
        say("good evening");
        fx(() -> model.accept(Said.partial(sequence, "welcome to")));
        Text welcome = word(robot, "welcome");
        Point2D before = fx(() -> welcome.localToScene(0, 0));
        // "council" would be held back here: "council estate" is a longer glossary term it may begin.
        fx(() -> model.accept(Said.partial(sequence, "welcome to the meeting")));
        assertThat(word(robot, "welcome")).isSameAs(welcome);
        assertThat(fx(() -> welcome.localToScene(0, 0))).isEqualTo(before);
        assertThat(String.join(" ", screen.shownLines()).toLowerCase()).isEqualTo("good evening. welcome to the meeting");
    }

    @Test
    void linesMoveUpByGlidingNotJumping(FxRobot robot) throws Exception {
        look(CaptionLook.DEFAULT.withMaxChars(24));
        say("the first line of words");
        say("the second line of words");
        LinesPane lines = screen.view().mainLines();
        var secondLine = lines.lineNodes().get(1);
        assertThat(fx(lines::scrollOffset)).isZero();
        Caption third = Said.finalResult(sequence++, "a third line arrives now", sequence * 5.0);
        // Read in the same FX turn as the line arrives: the lines start from where they were, then glide.
        double offsetAtOnce = fx(() -> {
            model.accept(third);
            return lines.scrollOffset();
        });
        assertThat(lines.lineNodes().get(0)).isSameAs(secondLine);
        assertThat(offsetAtOnce).isGreaterThan(0);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> fx(lines::scrollOffset) == 0);
        assertThat(screen.shownLines()).hasSize(2).last().asString().contains("now.");
    }

    @Test
    void theStatusTheRoomSeesIsOneSmallWord() throws Exception {
        for (RoomStatus status : RoomStatus.values()) {
            fx(() -> model.statusProperty().set(status));
            assertThat(screen.statusText()).isEqualTo(status.text());
        }
        fx(() -> model.statusProperty().set(RoomStatus.LISTENING));
        fx(() -> model.slowDownShownProperty().set(true));
        assertThat(screen.statusText()).isEqualTo("Listening · Please slow down");
        double captionSize = fx(() -> screen.view().mainLines().lineNodes().isEmpty() ? 0 : 1);
        assertThat(captionSize).isZero();
    }

    @Test
    void blankFreezeAndClearAreEachOneKeyOnTheCaptionScreen(FxRobot robot) throws Exception {
        say("what was said before");
        fx(stage::requestFocus);
        robot.type(KeyCode.B);
        assertThat(model.isBlank()).isTrue();
        assertThat(screen.shownLines()).isEmpty();
        assertThat(screen.statusText()).isEqualTo("Captions hidden");
        robot.type(KeyCode.B);
        assertThat(screen.shownLines()).containsExactly("What was said before.");

        robot.type(KeyCode.F);
        assertThat(model.isFrozen()).isTrue();
        say("new words");
        assertThat(screen.shownLines()).containsExactly("What was said before.");
        robot.type(KeyCode.F);
        assertThat(String.join(" ", screen.shownLines())).contains("New words.");

        robot.type(KeyCode.C);
        assertThat(screen.shownLines()).isEmpty();
        say("after the clear");
        assertThat(screen.shownLines()).containsExactly("After the clear.");
    }

    @Test
    void f11TogglesFullScreen(FxRobot robot) throws Exception {
        fx(stage::requestFocus);
        robot.type(KeyCode.F11);
        assertThat(fx(stage::isFullScreen)).isTrue();
        robot.type(KeyCode.F11);
        assertThat(fx(stage::isFullScreen)).isFalse();
    }
}

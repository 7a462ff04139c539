package org.plaincaptions.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.settings.CaptionMode;
import org.plaincaptions.settings.Theme;
import org.plaincaptions.ui.Said;
import org.plaincaptions.ui.display.CaptionScreen;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The control room on its own, with the app's actions recorded: what each control and key does and shows. */
@ExtendWith(ApplicationExtension.class)
class ControlRoomTest {
    private final List<String> done = new ArrayList<>();
    private Stage stage;
    private ControlRoomModel model;
    private CaptionScreenModel screenModel;
    private ControlRoom room;
    private CaptionScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ControlRoomModel();
        screenModel = new CaptionScreenModel(CaptionLook.DEFAULT);
        room = new ControlRoom(stage, model, screenModel, new ControlRoomActions() {
            @Override
            public void start(SourceChoice source) {
                done.add("start " + source.label());
                model.runningProperty().set(true);
            }

            @Override
            public void stop() {
                done.add("stop");
                model.runningProperty().set(false);
            }

            @Override
            public void pause(boolean paused) {
                done.add(paused ? "pause" : "resume");
            }

            @Override
            public void useModel(Path folder) {
                done.add("model " + folder);
            }

            @Override
            public void addPlainWords(String term, String plain, Consumer<Optional<String>> result) {
                done.add("add " + term + " = " + plain);
                result.accept(Optional.empty());
            }

            @Override
            public void editGlossary() {
                done.add("glossary");
            }

            @Override
            public void openSessions() {
                done.add("sessions");
            }
        });
        model.sources().setAll(SourceChoice.systemDefault(), SourceChoice.device("USB Audio"));
        model.sourceProperty().set(model.sources().get(0));
        model.modelReady("test-model", Optional.empty());
        screen = new CaptionScreen(new Stage(), screenModel);
        room.previewFollows(screen.stage());
        screen.stage().setWidth(960);
        screen.stage().setHeight(540);
        screen.stage().show();
        stage.show();
        screen.stage().toBack(); // headless windows overlap: clicks are meant for the control room
        stage.toFront();
        stage.requestFocus();
    }

    @org.junit.jupiter.api.AfterEach
    void closeTheCaptionWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.stage().close()).get(); // no window left over the next test's
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryAs(type);
    }

    @Test
    void startStopAndPauseByButtonAndByKey(FxRobot robot) throws Exception {
        Button start = find(robot, "#start", Button.class);
        Button stop = find(robot, "#stop", Button.class);
        assertThat(stop.isDisabled()).isTrue();
        assertThat(find(robot, "#pause", Node.class).isDisabled()).isTrue();
        robot.clickOn(start);
        assertThat(done).containsExactly("start System default microphone");
        assertThat(start.isDisabled()).isTrue();
        assertThat(find(robot, "#source", ComboBox.class).isDisabled()).isTrue();
        robot.clickOn("#pause");
        assertThat(find(robot, "#pause", Labeled.class).getText()).isEqualTo("Res_ume");
        robot.type(KeyCode.F6);
        assertThat(find(robot, "#pause", Labeled.class).getText()).isEqualTo("_Pause");
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        robot.type(KeyCode.F5);
        assertThat(done).containsExactly("start System default microphone", "pause", "resume", "stop",
                "start System default microphone");
    }

    @Test
    void theMicrophoneIsPickedFromTheListAndItsLevelAndSilenceShow(FxRobot robot) throws Exception {
        robot.clickOn("#source").clickOn("USB Audio");
        assertThat(model.sourceProperty().get().device()).contains("USB Audio");
        fx(() -> {
            model.levelProperty().set(0.6);
            model.soundWarningProperty().set("No sound for 10 s: is the microphone on?");
        });
        assertThat(find(robot, "#level", ProgressBar.class).getProgress()).isEqualTo(0.6);
        assertThat(find(robot, "#sound-warning", Label.class).getText()).startsWith("No sound for 10 s");
        assertThat(find(robot, "#model", Label.class).getText()).isEqualTo("Model: test-model");
    }

    @Test
    void blankFreezeAndClearAreOneKeyEachAndShowTheirState(FxRobot robot) throws Exception {
        fx(() -> screenModel.accept(Said.finalResult(0, "the budget is agreed", 0)));
        robot.type(KeyCode.B);
        assertThat(find(robot, "#blank", ToggleSwitch.class).isSelected()).isTrue();
        assertThat(screen.shownLines()).isEmpty();
        assertThat(room.preview().shownLines()).isEmpty();
        robot.type(KeyCode.B);
        robot.type(KeyCode.F);
        assertThat(find(robot, "#freeze", ToggleSwitch.class).isSelected()).isTrue();
        fx(() -> screenModel.accept(Said.finalResult(1, "next item", 2)));
        assertThat(String.join(" ", screen.shownLines())).doesNotContain("Next item");
        robot.clickOn(robot.from(find(robot, "#freeze", Node.class)).lookup(".thumb-area").queryAs(Node.class));
        assertThat(String.join(" ", screen.shownLines())).contains("Next item");
        robot.type(KeyCode.C);
        assertThat(screen.shownLines()).isEmpty();
    }

    @Test
    void typingInATextFieldNeverBlanksTheRoomsScreen(FxRobot robot) throws Exception {
        fx(() -> room.addPlainWordsFor("benchmark"));
        robot.clickOn("#add-plain").write("a fact to compare with");
        assertThat(screenModel.isBlank()).isFalse();
        assertThat(screenModel.isFrozen()).isFalse();
        assertThat(find(robot, "#add-plain", TextField.class).getText()).isEqualTo("a fact to compare with");
    }

    @Test
    void thePreviewShowsExactlyWhatTheRoomSeesInTheSameLook(FxRobot robot) throws Exception {
        robot.clickOn("#theme").clickOn(Theme.HIGH_CONTRAST.toString());
        robot.clickOn("#mode").clickOn(CaptionMode.BOTH.toString());
        fx(() -> {
            screenModel.accept(Said.finalResult(0, "we will leverage our assets going forward", 0));
            screenModel.accept(Said.partial(1, "in order to"));
        });
        assertThat(screen.view().getStylesheets()).anySatisfy(s -> assertThat(s).endsWith("captions-high-contrast.css"));
        assertThat(room.preview().getStylesheets()).isEqualTo(screen.view().getStylesheets());
        assertThat(room.preview().shownLines()).isEqualTo(screen.shownLines()).isNotEmpty();
        assertThat(room.preview().shownBeneath()).isEqualTo(screen.view().shownBeneath()).isNotEmpty();
        assertThat(room.preview().statusText()).isEqualTo(screen.statusText());
        assertThat(room.preview().getWidth()).isEqualTo(screen.view().getWidth());
    }

    @Test
    void transcriptsShowSaidBesidePlainForTheWholeSessionWithChangedWordsMarked(FxRobot robot) throws Exception {
        fx(() -> {
            for (int i = 0; i < 60; i++) {
                room.showCaption(Said.finalResult(i, "we will leverage item " + i, i * 3));
            }
        });
        ListView<?> raw = find(robot, "#raw-transcript", ListView.class);
        ListView<?> plain = find(robot, "#plain-transcript", ListView.class);
        assertThat(raw.getItems()).hasSize(60);
        assertThat(raw.getItems().get(0).toString()).isEqualTo("we will leverage item 0");
        assertThat(plain.getItems().get(0).toString()).isEqualTo("We will use item 0.");
        fx(() -> plain.scrollTo(59));
        List<Text> marked = robot.from(plain).lookup(".transcript-word.changed").queryAllAs(Text.class).stream().toList();
        assertThat(marked).isNotEmpty().allSatisfy(t -> assertThat(t.getText()).isEqualTo("use"));
        assertThat(robot.from(raw).lookup(".transcript-word.changed").queryAllAs(Text.class))
                .allSatisfy(t -> assertThat(t.getText()).isEqualTo("leverage"));
    }

    @Test
    void aStretchWithNoCaptionsIsMarkedInBothTranscriptsAndCannotBePicked(FxRobot robot) throws Exception {
        fx(() -> {
            room.showCaption(Said.finalResult(0, "before the break", 0));
            room.showGap(new CaptionGap(2, 37, CaptionGap.Reason.MICROPHONE_LOST));
            room.showCaption(Said.finalResult(1, "after the break", 37));
        });
        ListView<?> raw = find(robot, "#raw-transcript", ListView.class);
        ListView<?> plain = find(robot, "#plain-transcript", ListView.class);
        assertThat(raw.getItems()).extracting(Object::toString)
                .containsExactly("before the break", "[no captions for 35 s: microphone lost]", "after the break");
        assertThat(plain.getItems()).extracting(Object::toString)
                .containsExactly("Before the break.", "[no captions for 35 s: microphone lost]", "After the break.");
        assertThat(robot.from(raw).lookup(".gap .transcript-word").queryAllAs(Text.class)).isNotEmpty();
        fx(() -> raw.getSelectionModel().select(1));
        robot.clickOn("#raw-transcript");
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        assertThat(find(robot, "#add-term", TextField.class).getText()).isEmpty();
    }

    @Test
    void aWordPickedInTheTranscriptGetsPlainWordsByKeyboard(FxRobot robot) throws Exception {
        fx(() -> room.showCaption(Said.finalResult(0, "the cohort will be onboarded", 0)));
        robot.clickOn("#raw-transcript");
        fx(() -> find(robot, "#raw-transcript", ListView.class).getSelectionModel().select(0));
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        assertThat(find(robot, "#add-plain-words", Node.class).isVisible()).isTrue();
        assertThat(find(robot, "#add-term", TextField.class).getText()).isEqualTo("onboarded");
        robot.write("welcomed").type(KeyCode.ENTER);
        assertThat(done).contains("add onboarded = welcomed");
        assertThat(find(robot, "#add-plain-words", Node.class).isVisible()).isFalse();
        assertThat(model.status()).startsWith("Added to the meeting glossary");
    }

    @Test
    void clickingWordsPicksThemAndShiftClickMakesAPhrase(FxRobot robot) throws Exception {
        fx(() -> room.showCaption(Said.finalResult(0, "we touch base with the team", 0)));
        ListView<?> raw = find(robot, "#raw-transcript", ListView.class);
        robot.clickOn(robot.from(raw).lookup((Text t) -> t.getText().equals("touch")).queryAs(Text.class));
        robot.press(KeyCode.SHIFT).clickOn(robot.from(raw).lookup((Text t) -> t.getText().equals("base"))
                .queryAs(Text.class)).release(KeyCode.SHIFT);
        robot.clickOn("#add-plain-words-button");
        assertThat(find(robot, "#add-term", TextField.class).getText()).isEqualTo("touch base");
    }

    @Test
    void aTermTheGlossaryWouldRefuseCannotBeAdded(FxRobot robot) throws Exception {
        fx(() -> room.addPlainWordsFor("key; stone"));
        robot.clickOn("#add-plain").write("main");
        assertThat(find(robot, "#add-plain-words-confirm", Button.class).isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(done).noneMatch(d -> d.startsWith("add"));
    }

    @Test
    void eachJargonWordIsOneClickFromAnEntry(FxRobot robot) throws Exception {
        fx(() -> model.jargon().setAll(new org.plaincaptions.plain.JargonWord("cohort", 3),
                new org.plaincaptions.plain.JargonWord("onboarding", 1)));
        robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL);
        assertThat(find(robot, "#jargon", ListView.class).getItems()).hasSize(2);
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup(".jargon-add").queryAs(Button.class));
        assertThat(find(robot, "#add-term", TextField.class).getText()).isEqualTo("cohort");
        assertThat(find(robot, "#add-plain", TextField.class).isFocused()).isTrue();
    }

    @Test
    void theSpeakingRateLightsPleaseSlowDownAboveTheThreshold(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        fx(() -> {
            model.wordsPerMinuteProperty().set(182.4);
            model.slowDownProperty().set(true);
            model.readabilityMinuteProperty().set("31 → 64");
            model.readabilitySessionProperty().set("40 → 66");
        });
        assertThat(find(robot, "#rate", Label.class).getText()).isEqualTo("182 words a minute");
        assertThat(find(robot, "#slow-down", Label.class).getStyleClass()).contains("lit");
        assertThat(find(robot, "#readability-minute", Label.class).getText()).isEqualTo("31 → 64");
        assertThat(find(robot, "#readability-session", Label.class).getText()).isEqualTo("40 → 66");
        fx(() -> model.slowDownAtProperty().set(200));
        assertThat(find(robot, "#slow-down-at", javafx.scene.control.Spinner.class).getValue()).isEqualTo(200);
    }

    @Test
    void theCaptionLookSheetAndTheSizeHelperChangeTheCaptionScreen(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        PropertySheet sheet = find(robot, "#look-sheet", PropertySheet.class);
        assertThat(sheet.getItems()).extracting(PropertySheet.Item::getName).contains("Font", "Size (% of screen height)",
                "Line spacing", "Lines shown (1–6)", "Characters a line", "Position", "Margin top (%)");
        PropertySheet.Item lines = sheet.getItems().stream().filter(i -> i.getName().startsWith("Lines")).findFirst()
                .orElseThrow();
        fx(() -> lines.setValue(4));
        assertThat(screenModel.look().lines()).isEqualTo(4);
        fx(() -> lines.setValue(9));
        assertThat(screenModel.look().lines()).isEqualTo(6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(sheet).lookup(".text-field").queryAllAs(TextField.class)).extracting(TextField::getText)
                .contains("6").doesNotContain("9");
        assertThat(find(robot, "#look-fit", Label.class).getText()).contains("characters a line").contains("6 lines");
        robot.clickOn("#use-size");
        assertThat(screenModel.look().textSize()).isEqualTo(6.2); // row 10, a 1.5 m picture
        assertThat(find(robot, "#size-suggestion", Label.class).getText()).contains("Row 10").contains("6.2");
    }

    @Test
    void f1ListsEveryShortcutAndEscClosesIt(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        assertThat(room.helpShown()).isTrue();
        List<String> shown = robot.from(find(robot, "#help-keys", Node.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(shown).contains(shortcut.keys().getDisplayText(), shortcut.does());
        }
        robot.type(KeyCode.ESCAPE);
        assertThat(room.helpShown()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        assertThat(done).contains("glossary");
    }

    @Test
    void pastSessionsOpenFromTheirButtonAndByF9(FxRobot robot) throws Exception {
        robot.clickOn("#past-sessions");
        assertThat(done).containsExactly("sessions");
        robot.type(KeyCode.F9);
        assertThat(done).containsExactly("sessions", "sessions");
        fx(() -> model.runningProperty().set(true)); // past sessions stay reachable while captions run
        robot.type(KeyCode.F9);
        assertThat(done).containsExactly("sessions", "sessions", "sessions");
    }

    @Test
    void altAndAnUnderlinedLetterGoesToThatControl(FxRobot robot) throws Exception {
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("theme");
        robot.press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);
        assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("source");
    }

    @Test
    void everyControlSaysWhatItIsToAScreenReader(FxRobot robot) {
        List<Control> controls = robot.from(stage.getScene().getRoot()).lookup((Node n) -> n instanceof Control
                && !(n instanceof Label) && n.isVisible() && n.getId() != null
                && !n.getId().equals("list-view")) // a ComboBox skin's own list
                .queryAllAs(Control.class).stream().toList();
        assertThat(controls).hasSizeGreaterThan(15);
        List<String> silent = new ArrayList<>();
        for (Control control : controls) {
            String said = control.getAccessibleText() != null ? control.getAccessibleText()
                    : control instanceof Labeled l ? l.getText() : null;
            if (said == null || said.isBlank()) {
                silent.add(control.getId());
            }
        }
        assertThat(silent).as("controls without accessible text").isEmpty();
    }

    @Test
    void tabGoesThroughTheControlsInReadingOrder(FxRobot robot) throws Exception {
        fx(() -> find(robot, "#start", Button.class).requestFocus());
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Node focused = fx(() -> stage.getScene().getFocusOwner());
            if (focused != null && focused.getId() != null && !order.contains(focused.getId())) {
                order.add(focused.getId());
            }
            robot.type(KeyCode.TAB);
        }
        assertThat(order).containsSubsequence("start", "source", "open-recording", "choose-model", "past-sessions",
                "raw-transcript", "plain-transcript", "add-plain-words-button", "edit-glossary", "screen", "theme", "mode",
                "full-screen", "blank", "freeze", "clear");
    }
}

package org.plaincaptions.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.settings.CaptionMode;
import org.plaincaptions.settings.Theme;
import org.plaincaptions.speech.ModelLocator;
import org.plaincaptions.ui.CutText;
import org.plaincaptions.ui.Snapshots;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.plaincaptions.ui.display.ScreenInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The control room on a small laptop and on a big screen, with the longest words the app puts in the run
 * bar and the caption screen's controls: every label, button, switch and drop-down reads in full.
 */
@ExtendWith(ApplicationExtension.class)
class ControlRoomFitTest {
    /** The longest lines the app shows there: a missing model in a deep folder, no microphone at all. */
    static final String MODEL_MISSING = "No speech model found in /opt/plain-captions/lib/app/models/"
            + ModelLocator.DEFAULT_MODEL + ": " + ModelLocator.FETCH_HINT + ".";
    static final String NO_MICROPHONE = "No microphone found: Java Sound sees no audio input on this computer; "
            + "plug one in and check with: plain-captions devices";
    static final String INTERRUPTED = "Captions stopped unexpectedly during the session of 26 Nov at 10:15: "
            + "412 captions, 58 minutes, kept up to 58 min 12 s (words still being recognised then may be "
            + "missing) (3 older ones are kept in Past sessions). Carry on in that session, or keep it and start "
            + "a new one?";

    private Stage stage;
    private ControlRoomModel model;
    private CaptionScreenModel screenModel;
    private ControlRoom room;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ControlRoomModel();
        screenModel = new CaptionScreenModel(CaptionLook.DEFAULT);
        room = new ControlRoom(stage, model, screenModel, new RecordedActions(model));
        stage.show();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void size(double width, double height) throws Exception {
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The run bar with everything in it at its longest. */
    private void longestRunBar() throws Exception {
        fx(() -> {
            Path recording = Path.of("/home/facilitator/Recordings/council-meeting-2026-11-26-evening.wav");
            model.sources().setAll(SourceChoice.systemDefault(), SourceChoice.device("USB PnP Sound Device, USB Audio"),
                    SourceChoice.recording(recording), SourceChoice.transcription(recording));
            model.sourceProperty().set(model.sources().get(3));
            model.modelReady("vosk-model-en-us-0.22-lgraph", Optional.of(MODEL_MISSING));
            model.soundWarningProperty().set(NO_MICROPHONE);
            model.fileProgressProperty().set(0.5);
            model.fileProgressTextProperty().set("Done: 3605 s of audio in 312.4 s");
            room.offerResume(INTERRUPTED, () -> { }, () -> { });
            model.screens().setAll(ControlRoomModel.ScreenChoice.AUTOMATIC,
                    new ControlRoomModel.ScreenChoice(Optional.of(new ScreenInfo(1, 1920, 0, 3840, 2160, false))));
            model.screenProperty().set(ControlRoomModel.ScreenChoice.AUTOMATIC);
            model.captionScreenShownProperty().set(false);
            model.pausedProperty().set(true); // "Resume" is longer than "Pause"
            return null;
        });
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1024, 768", "1920, 1080"})
    void everyWordOfTheRunBarAndTheScreenControlsReadsInFullWithTheLongestMessages(double width, double height)
            throws Exception {
        size(width, height);
        longestRunBar();
        for (Theme theme : Theme.values()) {
            for (CaptionMode mode : CaptionMode.values()) {
                fx(() -> {
                    screenModel.lookProperty().set(screenModel.look().withTheme(theme).withMode(mode));
                    return null;
                });
                assertThat(fx(() -> CutText.in(stage.getScene().getRoot()))).as(theme + ", " + mode).isEmpty();
            }
        }
        for (ControlRoomModel.ScreenChoice screen : List.copyOf(model.screens())) {
            fx(() -> {
                model.screenProperty().set(screen);
                return null;
            });
            assertThat(fx(() -> CutText.in(stage.getScene().getRoot()))).as(screen.toString()).isEmpty();
        }
        assertThat(fx(() -> stage.getScene().getRoot().lookup("#level").getLayoutBounds().getWidth()))
                .as("the level meter keeps a width").isGreaterThanOrEqualTo(60);
        fx(() -> {
            Snapshots.save(stage.getScene(), "control-room-" + (int) width);
            return null;
        });
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1024, 768", "1280, 800", "1920, 1080"})
    void everyTabReadsInFull(double width, double height) throws Exception {
        size(width, height);
        javafx.scene.control.TabPane tabs = fx(() -> (javafx.scene.control.TabPane) stage.getScene().lookup("#tabs"));
        for (javafx.scene.control.Tab tab : List.copyOf(tabs.getTabs())) {
            fx(() -> {
                tabs.getSelectionModel().select(tab);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            fx(() -> {
                stage.getScene().getRoot().lookupAll(".titled-pane").forEach(p ->
                        ((javafx.scene.control.TitledPane) p).setExpanded(true));
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            fx(() -> {
                Snapshots.save(stage.getScene(), "tab-" + tab.getId() + "-" + (int) width);
                return null;
            });
            assertThat(fx(() -> CutText.in(stage.getScene().getRoot()))).as(tab.getText() + " in a window "
                    + stage.getScene().getWidth() + " × " + stage.getScene().getHeight()).isEmpty();
        }
    }
}

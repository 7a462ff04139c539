package org.plaincaptions.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.ui.Said;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where focus goes after the facilitator acts: never where a stray key would move the captions or start things. */
@ExtendWith(ApplicationExtension.class)
class ControlRoomFocusTest {
    private Stage stage;
    private ControlRoom room;
    private ControlRoomModel model;
    private CaptionScreenModel screenModel;
    private RecordedActions actions;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ControlRoomModel();
        actions = new RecordedActions(model);
        screenModel = new CaptionScreenModel(CaptionLook.DEFAULT);
        room = new ControlRoom(stage, model, screenModel, actions);
        model.sources().setAll(SourceChoice.systemDefault());
        model.sourceProperty().set(model.sources().get(0));
        model.screens().setAll(ControlRoomModel.ScreenChoice.AUTOMATIC);
        model.screenProperty().set(ControlRoomModel.ScreenChoice.AUTOMATIC);
        model.modelReady("test-model", Optional.empty());
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private String focused() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            Node owner = stage.getScene().getFocusOwner();
            return owner == null ? "nothing" : String.valueOf(owner.getId());
        });
    }

    @Test
    void afterStartFocusIsOnTheTranscriptNotOnPastSessions(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        assertThat(model.isRunning()).isTrue();
        assertThat(focused()).isEqualTo("raw-transcript");
        robot.clickOn("#stop");
        assertThat(focused()).isEqualTo("start");
    }

    @Test
    void afterAddingPlainWordsFocusGoesBackToTheTranscriptNotToCaptionsOn(FxRobot robot) throws Exception {
        fx(() -> {
            room.showCaption(Said.finalResult(0, "the cohort met", 0));
            room.addPlainWordsFor("cohort");
            return null;
        });
        robot.write("group").type(KeyCode.ENTER);
        assertThat(actions.done).contains("add cohort = group");
        assertThat(focused()).isIn("raw-transcript", "plain-transcript");
    }

    @Test
    void anArrowKeyOnAPickerOpensItAndNeverMovesTheCaptions(FxRobot robot) throws Exception {
        fx(() -> {
            stage.getScene().lookup("#theme").requestFocus();
            return null;
        });
        var before = screenModel.look().theme();
        robot.type(KeyCode.DOWN);
        assertThat(screenModel.look().theme()).isEqualTo(before);
        assertThat(fx(() -> ((ComboBox<?>) stage.getScene().lookup("#theme")).isShowing())).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void ctrlGWithNothingPickedAsksForTheTermFirstAndShowsNoRedMarksBeforeTyping(FxRobot robot) throws Exception {
        fx(() -> {
            stage.getScene().lookup("#raw-transcript").requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        assertThat(focused()).isEqualTo("add-term");
        AddPlainWordsBar bar = fx(() -> (AddPlainWordsBar) stage.getScene().lookup("#add-plain-words"));
        assertThat(fx(bar::marksShown)).isFalse();
        robot.write("cohort");
        assertThat(fx(bar::marksShown)).isTrue();
    }
}

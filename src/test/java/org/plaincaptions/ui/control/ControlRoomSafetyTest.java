package org.plaincaptions.ui.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What must never happen by accident in a meeting: Enter starting a session, a closed window ending the captions. */
@ExtendWith(ApplicationExtension.class)
class ControlRoomSafetyTest {
    private Stage stage;
    private ControlRoomModel model;
    private ControlRoom room;
    private RecordedActions actions;
    private final AtomicInteger quits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ControlRoomModel();
        actions = new RecordedActions(model);
        room = new ControlRoom(stage, model, new CaptionScreenModel(CaptionLook.DEFAULT), actions);
        room.quitWith(quits::incrementAndGet);
        model.sources().setAll(SourceChoice.systemDefault());
        model.sourceProperty().set(model.sources().get(0));
        model.modelReady("test-model", Optional.empty());
        stage.show();
        stage.requestFocus();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Every field and drop-down the facilitator can type in, on the tab shown now. */
    private List<Node> fields() throws Exception {
        return fx(() -> {
            List<Node> found = new ArrayList<>();
            collect(stage.getScene().getRoot(), found);
            return found;
        });
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof TextInputControl || node instanceof ComboBox || node instanceof Spinner) {
            found.add(node);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private void enterInEveryField() throws Exception {
        fx(() -> {
            room.addPlainWordsFor("cohort");
            return null;
        });
        TabPane tabs = fx(() -> (TabPane) stage.getScene().lookup("#tabs"));
        int typedIn = 0;
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            fx(() -> {
                tabs.getSelectionModel().select(tab);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (Node field : fields()) {
                fx(() -> {
                    field.requestFocus();
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                new FxRobot().type(KeyCode.ENTER);
                new FxRobot().type(KeyCode.ESCAPE); // closes a drop-down Enter may have opened
                typedIn++;
            }
        }
        assertThat(typedIn).as("fields tried").isGreaterThanOrEqualTo(8);
    }

    @Test
    void enterInAnyFieldNeverStartsCaptions() throws Exception {
        enterInEveryField();
        assertThat(actions.done).noneMatch(d -> d.startsWith("start"));
        assertThat(model.isRunning()).isFalse();
    }

    @Test
    void enterInAnyFieldNeverStopsCaptions() throws Exception {
        fx(() -> {
            room.pressStart();
            return null;
        });
        assertThat(model.isRunning()).isTrue();
        enterInEveryField();
        assertThat(actions.done).containsOnlyOnce("start System default microphone").doesNotContain("stop");
        assertThat(model.isRunning()).isTrue();
    }

    private void closeWindow() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void closingTheControlRoomQuitsAtOnceWhenNoCaptionsRun() throws Exception {
        closeWindow();
        assertThat(quits).hasValue(1);
        assertThat(fx(room::askingToQuit)).isFalse();
    }

    @Test
    void closingTheControlRoomWhileCaptionsRunAsksFirstAndEnterKeepsCaptioning(FxRobot robot) throws Exception {
        fx(() -> {
            room.pressStart();
            return null;
        });
        closeWindow();
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(room::askingToQuit));
        assertThat(quits).hasValue(0);
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Captions are running: stop them and quit?");
        robot.type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> !fx(room::askingToQuit));
        assertThat(quits).hasValue(0);
        assertThat(fx(stage::isShowing)).isTrue();
        assertThat(model.isRunning()).isTrue();

        closeWindow();
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(room::askingToQuit));
        robot.clickOn("#keep-captioning");
        await().atMost(Duration.ofSeconds(10)).until(() -> !fx(room::askingToQuit));
        assertThat(quits).hasValue(0);

        closeWindow();
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(room::askingToQuit));
        robot.clickOn("#confirm-quit");
        await().atMost(Duration.ofSeconds(10)).until(() -> quits.get() == 1);
    }
}

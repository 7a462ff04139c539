package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.pipeline.PauseCutter;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pause-cut switch in the Speaker tab (decision 0005): on at first, saved in the settings file when
 * switched, read back at the next launch, and used by the next Start (headless, the real model).
 */
@ExtendWith(ApplicationExtension.class)
class PauseCutsSettingTest {
    private static final Path MODEL = DesktopTest.MODEL;
    private static final Path RECORDING = DesktopTest.RECORDING;

    @TempDir
    Path home;
    private AppFolders folders;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("state"));
        desktop = new Desktop(stage, new DesktopOptions(Optional.of(MODEL), Optional.of(RECORDING)), folders);
        desktop.show();
        desktop.captionScreen().stage().toBack();
        desktop.controlRoom().stage().toFront();
        desktop.controlRoom().stage().requestFocus();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private ToggleSwitch pauseCuts(FxRobot robot) {
        return robot.from(desktop.controlRoom().stage().getScene().getRoot()).lookup("#pause-cuts")
                .queryAs(ToggleSwitch.class);
    }

    private boolean saved() {
        return new SettingsStore(folders.config().resolve("settings.json")).load().settings().pauseCuts();
    }

    private static Void scrolledIntoView(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                pane.setVvalue(pane.getVmax());
            }
        }
        return null;
    }

    private void startAndStop(FxRobot robot) throws Exception {
        Node room = desktop.controlRoom().stage().getScene().getRoot();
        Button start = robot.from(room).lookup("#start").queryButton();
        await().atMost(Duration.ofSeconds(120)).until(() -> fx(() -> !start.isDisabled()));
        robot.clickOn(start);
        await().atMost(Duration.ofSeconds(120)).until(() -> fx(() -> desktop.controlRoom().model().isRunning()));
        robot.clickOn(robot.from(room).lookup("#stop").queryButton());
        await().atMost(Duration.ofSeconds(120)).until(() -> fx(() -> !desktop.controlRoom().model().isRunning()));
    }

    @Test
    void switchingPauseCutsOffIsSavedUsedByTheNextStartAndKeptForTheNextLaunch(FxRobot robot) throws Exception {
        ToggleSwitch toggle = pauseCuts(robot);
        assertThat(fx(toggle::isSelected)).as("on at first").isTrue();
        assertThat(fx(() -> toggle.getTooltip().getText())).contains("8 s").contains("pause").contains("next Start");

        startAndStop(robot);
        assertThat(desktop.pauseCutsOfLastRun()).contains(PauseCutter.Settings.DEFAULT);

        fx(() -> scrolledIntoView(toggle)); // the Speaker tab, shown at first, scrolls; the switch is at its foot
        robot.clickOn(robot.from(toggle).lookup(".thumb-area").queryAs(Node.class)); // the switch itself, not its label
        assertThat(fx(toggle::isSelected)).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> !saved());

        startAndStop(robot);
        assertThat(desktop.pauseCutsOfLastRun()).as("the next Start cuts no more").contains(PauseCutter.Settings.OFF);

        WaitForAsyncUtils.asyncFx(desktop::close).get();
        WaitForAsyncUtils.asyncFx(() -> {
            desktop = new Desktop(new Stage(), new DesktopOptions(Optional.of(MODEL), Optional.of(RECORDING)), folders);
            desktop.show();
            desktop.captionScreen().stage().toBack();
            desktop.controlRoom().stage().toFront();
        }).get();
        assertThat(fx(() -> pauseCuts(robot).isSelected())).as("off after a restart").isFalse();
        startAndStop(robot);
        assertThat(desktop.pauseCutsOfLastRun()).contains(PauseCutter.Settings.OFF);
    }
}

package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real app, headless: the real model, a real recording, real windows. */
@ExtendWith(ApplicationExtension.class)
class DesktopTest {
    private static final Path MODEL = Path.of(System.getProperty("plaincaptions.model",
            "models/vosk-model-small-en-us-0.15"));
    private static final Path RECORDING = Path.of("src/test/resources/speech/meeting-slt.wav");

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = new Desktop(stage, new DesktopOptions(Optional.of(MODEL), Optional.of(RECORDING)));
        desktop.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
    }

    private static String fx(java.util.concurrent.Callable<String> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void startingOnARecordingPutsPlainCaptionsOnTheCaptionScreenThenStopStops(FxRobot robot) throws Exception {
        Button start = robot.lookup("#start").queryButton();
        await().atMost(Duration.ofSeconds(30)).until(() -> !start.isDisabled());
        assertThat(robot.lookup("#model").queryLabeled().getText()).contains("vosk-model-small-en-us-0.15");

        robot.clickOn("#start");
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() ->
                String.join(" ", desktop.captionScreen().shownLines())).toLowerCase().contains("meeting"));

        String screen = fx(() -> String.join(" ", desktop.captionScreen().shownLines())).toLowerCase();
        assertThat(screen).doesNotContain("prior to");
        assertThat(desktop.captionScreen().stage().isShowing()).isTrue();
        assertThat(robot.lookup("#raw-transcript").queryListView().getItems()).anySatisfy(
                line -> assertThat(line.toString()).contains("leverage"));
        assertThat(robot.lookup("#plain-transcript").queryListView().getItems()).noneSatisfy(
                line -> assertThat(line.toString()).contains("leverage"));

        robot.clickOn("#stop");
        await().atMost(Duration.ofSeconds(15)).until(() -> fx(() -> robot.lookup("#status").queryLabeled().getText())
                .startsWith("Stopped"));
        assertThat(start.isDisabled()).isFalse();
        assertThat(robot.lookup("#stop").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theCaptionScreenIsASeparateWindowStyledLightOnDark(FxRobot robot) {
        Stage captions = desktop.captionScreen().stage();
        assertThat(captions).isNotSameAs(desktop.controlRoom().stage());
        assertThat(captions.isShowing()).isTrue();
        assertThat(captions.getScene().getStylesheets()).anySatisfy(s -> assertThat(s).endsWith("styles/captions-dark.css"));
        var line = robot.from(captions.getScene().getRoot()).lookup("#caption-line-0").queryLabeled();
        assertThat(line.getTextFill().toString()).isEqualTo("0xffffffff");
    }

    @Test
    void aMissingModelIsShownInOneLineAndStartStaysOff(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
        Path missing = Path.of("target/no-such-model");
        WaitForAsyncUtils.asyncFx(() -> {
            desktop = new Desktop(new Stage(), new DesktopOptions(Optional.of(missing), Optional.empty()));
            desktop.show();
        }).get();
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> desktop.controlRoom().statusText())
                .contains("mvn package"));
        assertThat(desktop.controlRoom().statusText()).contains(missing.toAbsolutePath().toString());
        assertThat(desktop.controlRoom().statusIsProblem()).isTrue();
        assertThat(robot.from(desktop.controlRoom().stage().getScene().getRoot()).lookup("#start").queryButton()
                .isDisabled()).isTrue();
    }

    @Test
    void choosingAnotherModelFolderReloadsIt(FxRobot robot) throws Exception {
        Button start = robot.lookup("#start").queryButton();
        await().atMost(Duration.ofSeconds(30)).until(() -> !start.isDisabled());

        Path notAModel = Path.of("src/test/resources/speech");
        WaitForAsyncUtils.asyncFx(() -> {
            desktop.controlRoom().modelLoading();
            desktop.useModel(notAModel);
        }).get();
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> desktop.controlRoom().statusText())
                .contains("not a complete Vosk model"));
        assertThat(start.isDisabled()).isTrue();

        WaitForAsyncUtils.asyncFx(() -> desktop.useModel(MODEL)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> !start.isDisabled());
        assertThat(fx(() -> desktop.controlRoom().statusText())).startsWith("Ready");
    }
}

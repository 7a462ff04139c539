package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.settings.CaptionMode;
import org.plaincaptions.settings.SettingsStore;
import org.plaincaptions.settings.Theme;
import org.plaincaptions.ui.control.SourceChoice;
import org.plaincaptions.ui.display.RoomStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real app, headless: the real model, real recordings, real windows, settings in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class DesktopTest {
    static final Path MODEL = Path.of(System.getProperty("plaincaptions.model", "models/vosk-model-small-en-us-0.15"));
    static final Path RECORDING = Path.of("src/test/resources/speech/meeting-slt.wav");

    @TempDir
    static Path home;
    private static int count;
    private AppFolders folders;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        folders = folders("run" + ++count);
        desktop = new Desktop(stage, new DesktopOptions(Optional.of(MODEL), Optional.of(RECORDING)), folders);
        desktop.show();
        upFront();
    }

    /** Headless windows overlap: the caption window (bottom right) would take the clicks meant for the control room. */
    private void upFront() {
        desktop.captionScreen().stage().toBack();
        desktop.controlRoom().stage().toFront();
        desktop.controlRoom().stage().requestFocus();
    }

    static AppFolders folders(String name) {
        return new AppFolders(home.resolve(name).resolve("config"), home.resolve(name).resolve("data"),
                home.resolve(name).resolve("state"));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private String screen() throws Exception {
        return fx(() -> String.join(" ", desktop.captionScreen().shownLines())).toLowerCase();
    }

    private void awaitReady(FxRobot robot) {
        Button start = robot.lookup("#start").queryButton();
        await().atMost(Duration.ofSeconds(120)).until(() -> !start.isDisabled());
    }

    @Test
    void startingOnARecordingPutsPlainCaptionsOnTheCaptionScreenThenStopStops(FxRobot robot) throws Exception {
        awaitReady(robot);
        assertThat(robot.lookup("#model").queryLabeled().getText()).contains("vosk-model-small-en-us-0.15");

        robot.clickOn("#start");
        await().atMost(Duration.ofSeconds(120)).until(() -> screen().contains("meeting"));
        assertThat(screen()).doesNotContain("prior to");
        assertThat(desktop.captionScreen().stage().isShowing()).isTrue();
        assertThat(desktop.captionScreen().model().getStatus())
                .as("a status of captions running (falling behind is one, on a busy machine)")
                .isIn(RoomStatus.LISTENING, RoomStatus.TOO_QUIET, RoomStatus.FALLING_BEHIND);
        assertThat(robot.lookup("#raw-transcript").queryListView().getItems()).anySatisfy(
                line -> assertThat(line.toString()).contains("leverage"));
        assertThat(robot.lookup("#plain-transcript").queryListView().getItems()).noneSatisfy(
                line -> assertThat(line.toString()).contains("leverage"));
        assertThat(fx(() -> desktop.controlRoom().preview().shownLines()))
                .isEqualTo(fx(() -> desktop.captionScreen().shownLines()));

        robot.clickOn("#stop");
        await().atMost(Duration.ofSeconds(120)).until(() -> fx(() -> desktop.controlRoom().model().status())
                .startsWith("Stopped"));
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#stop").queryButton().isDisabled()).isTrue();
        assertThat(fx(() -> desktop.captionScreen().statusText())).isEqualTo("Stopped");
    }

    @Test
    void theCaptionScreenIsASeparateWindowInTheRemembersThemeLightOnDarkAtFirst(FxRobot robot) throws Exception {
        Stage captions = desktop.captionScreen().stage();
        assertThat(captions).isNotSameAs(desktop.controlRoom().stage());
        assertThat(captions.isShowing()).isTrue();
        assertThat(desktop.captionScreen().view().getStylesheets())
                .anySatisfy(s -> assertThat(s).endsWith("styles/captions-dark.css"));
        assertThat(fx(() -> desktop.captionScreen().statusText())).isEqualTo("Not started");
    }

    @Test
    void aMissingModelIsShownInOneLineAndStartStaysOff(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
        Path missing = Path.of("target/no-such-model");
        WaitForAsyncUtils.asyncFx(() -> {
            desktop = new Desktop(new Stage(), new DesktopOptions(Optional.of(missing), Optional.empty()), folders("missing"));
            desktop.show();
        }).get();
        await().atMost(Duration.ofSeconds(120)).until(() -> fx(() -> desktop.controlRoom().model().status())
                .contains("mvn package"));
        assertThat(desktop.controlRoom().model().status()).contains(missing.toAbsolutePath().toString());
        assertThat(desktop.controlRoom().model().isProblem()).isTrue();
        assertThat(robot.from(desktop.controlRoom().stage().getScene().getRoot()).lookup("#start").queryButton()
                .isDisabled()).isTrue();
    }

    @Test
    void choosingAnotherModelFolderReloadsItWithProgressShown(FxRobot robot) throws Exception {
        awaitReady(robot);
        Button start = robot.lookup("#start").queryButton();
        ProgressBar progress = robot.lookup("#progress").queryAs(ProgressBar.class);
        assertThat(progress.isVisible()).isFalse();
        Path notAModel = Path.of("src/test/resources/speech");
        WaitForAsyncUtils.asyncFx(() -> {
            desktop.controlRoom().model().modelLoading();
            desktop.useModel(notAModel);
        }).get();
        assertThat(fx(progress::isVisible)).isTrue();
        assertThat(fx(progress::getProgress)).isEqualTo(ProgressBar.INDETERMINATE_PROGRESS);
        await().atMost(Duration.ofSeconds(120)).until(() -> fx(() -> desktop.controlRoom().model().status())
                .contains("not a complete Vosk model"));
        assertThat(start.isDisabled()).isTrue();

        WaitForAsyncUtils.asyncFx(() -> desktop.useModel(MODEL)).get();
        await().atMost(Duration.ofSeconds(120)).until(() -> !start.isDisabled());
        assertThat(fx(() -> desktop.controlRoom().model().status())).startsWith("Ready");
    }

    @Test
    void transcribingARecordingAtFullSpeedShowsProgressThenWhatWasDone(FxRobot robot) throws Exception {
        awaitReady(robot);
        WaitForAsyncUtils.asyncFx(() -> desktop.controlRoom().model().sourceProperty()
                .set(SourceChoice.transcription(RECORDING))).get();
        robot.clickOn("#start");
        await().atMost(Duration.ofSeconds(120)).until(() ->
                fx(() -> robot.lookup("#progress-text").queryLabeled().getText()).startsWith("Done"));
        assertThat(robot.lookup("#plain-transcript").queryListView().getItems()).isNotEmpty();
        assertThat(screen()).contains("meeting");
    }

    @Test
    void plainWordsAddedInTheMeetingReachTheNextCaptions(FxRobot robot) throws Exception {
        awaitReady(robot);
        WaitForAsyncUtils.asyncFx(() -> {
            upFront();
            desktop.controlRoom().addPlainWordsFor("next meeting");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        var plainField = robot.from(desktop.controlRoom().stage().getScene().getRoot()).lookup("#add-plain")
                .queryTextInputControl();
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> plainField.isVisible() && plainField.getWidth() > 0));
        robot.clickOn(plainField).write("next get-together").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> desktop.controlRoom().model().status())
                .startsWith("Added to the meeting glossary"));
        long added = System.nanoTime();
        // The glossary is looked at every 250 ms; how soon is printed for the record, not asserted.
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() ->
                desktop.rewriter().rewriteFinal("prior to the next meeting").plain().contains("get-together"));
        System.out.printf("Plain words added in the meeting were in use after %.0f ms%n", (System.nanoTime() - added) / 1e6);
        assertThat(Files.readString(folders.data().resolve("meeting-glossary.csv"))).contains("next meeting,next get-together");

        robot.clickOn("#start");
        await().atMost(Duration.ofSeconds(120)).until(() -> robot.lookup("#plain-transcript").queryListView().getItems()
                .stream().anyMatch(l -> l.toString().contains("get-together")));
        assertThat(robot.from(desktop.captionScreen().view()).lookup(".caption-word.changed").queryAll()
                .stream().map(n -> ((Text) n).getText())).isNotEmpty();
    }

    @Test
    void theLookAndSlowDownRateAreRememberedForTheNextRun(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#theme").queryComboBox().getSelectionModel().select(Theme.CREAM);
            robot.lookup("#mode").queryComboBox().getSelectionModel().select(CaptionMode.BOTH);
        }).get();
        WaitForAsyncUtils.asyncFx(() -> desktop.controlRoom().model().slowDownAtProperty().set(150)).get();
        WaitForAsyncUtils.asyncFx(desktop::close).get();
        var saved = new SettingsStore(folders.config().resolve("settings.json")).load().settings();
        assertThat(saved.look().theme()).isEqualTo(Theme.CREAM);
        assertThat(saved.look().mode()).isEqualTo(CaptionMode.BOTH);
        assertThat(saved.slowDownAt()).isEqualTo(150);

        WaitForAsyncUtils.asyncFx(() -> {
            desktop = new Desktop(new Stage(), new DesktopOptions(Optional.of(MODEL), Optional.empty()), folders);
            desktop.show();
        }).get();
        assertThat(desktop.captionScreen().view().getStylesheets())
                .anySatisfy(s -> assertThat(s).endsWith("styles/captions-cream.css"));
        assertThat(fx(() -> robot.from(desktop.controlRoom().stage().getScene().getRoot()).lookup("#slow-down-at")
                .queryAs(javafx.scene.control.Spinner.class).getValue())).isEqualTo(150);
    }

    @Test
    void theCaptionScreensDisplayAndPlaceAreRememberedForTheNextRun(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            var room = desktop.controlRoom().model();
            room.screenProperty().set(room.screens().get(1)); // the one display Monocle has
            room.fullScreenProperty().set(false);
            Stage captions = desktop.captionScreen().stage();
            captions.setX(40);
            captions.setY(30);
            captions.setWidth(640);
            captions.setHeight(360);
        }).get();
        WaitForAsyncUtils.asyncFx(desktop::close).get();
        var saved = new SettingsStore(folders.config().resolve("settings.json")).load().settings();
        assertThat(saved.captionScreen()).isNotNull();
        // One screen (Monocle's): the caption screen is a window, and the switch says so (issue 15).
        assertThat(fx(() -> desktop.controlRoom().model().fullScreenProperty().get())).isFalse();
        assertThat(saved.captionWindow()).isEqualTo(new org.plaincaptions.settings.Spot(40, 30, 640, 360));

        WaitForAsyncUtils.asyncFx(() -> {
            desktop = new Desktop(new Stage(), new DesktopOptions(Optional.of(MODEL), Optional.empty()), folders);
            desktop.show();
        }).get();
        Stage captions = desktop.captionScreen().stage();
        assertThat(fx(() -> desktop.controlRoom().model().screenProperty().get().screen())).isPresent();
        assertThat(fx(() -> new double[] {captions.getX(), captions.getY(), captions.getWidth(), captions.getHeight()}))
                .containsExactly(40, 30, 640, 360);
        assertThat(fx(captions::isFullScreen)).isFalse();
    }

    @Test
    void aDamagedSettingsFileGivesTheUsualSettingsKeepsTheFileAndSaysSo(FxRobot robot) throws Exception {
        AppFolders damaged = folders("damaged");
        Files.createDirectories(damaged.config());
        Files.writeString(damaged.config().resolve("settings.json"), "{ this is not json");
        WaitForAsyncUtils.asyncFx(desktop::close).get();
        WaitForAsyncUtils.asyncFx(() -> {
            desktop = new Desktop(new Stage(), new DesktopOptions(Optional.of(MODEL), Optional.empty()), damaged);
            desktop.show();
        }).get();
        assertThat(damaged.config().resolve("settings.json.bak")).hasContent("{ this is not json");
        assertThat(desktop.captionScreen().view().getStylesheets())
                .anySatisfy(s -> assertThat(s).endsWith("styles/captions-dark.css"));
        assertThat(fx(() -> desktop.controlRoom().model().status())).contains("settings.json.bak");
    }

    @Test
    void aClosedCaptionScreenIsSaidSoAndComesBackWithOneClick(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> desktop.captionScreen().stage().close()).get();
        WaitForAsyncUtils.waitForFxEvents();
        var root = desktop.controlRoom().stage().getScene().getRoot();
        assertThat(fx(() -> root.lookup("#caption-screen-closed").isVisible()
                && root.lookup("#caption-screen-closed").getParent().isVisible())).isTrue();
        WaitForAsyncUtils.asyncFx(this::upFront).get();
        robot.clickOn(robot.from(root).lookup("#show-caption-screen").queryButton());
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> desktop.captionScreen().stage().isShowing()));
        assertThat(fx(() -> root.lookup("#caption-screen-closed").getParent().isVisible())).isFalse();
    }

    @Test
    void aStartThatCannotOpenItsRecordingSaysWhyAndLeavesNoEmptySession(FxRobot robot) throws Exception {
        awaitReady(robot);
        Path notAudio = home.resolve("minutes.wav");
        Files.writeString(notAudio, "these are the minutes, not a recording");
        WaitForAsyncUtils.asyncFx(() -> desktop.controlRoom().model().sourceProperty()
                .set(SourceChoice.recording(notAudio))).get();
        WaitForAsyncUtils.asyncFx(() -> desktop.controlRoom().pressStart()).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> !desktop.controlRoom().model().isRunning()
                && desktop.controlRoom().model().isProblem()));
        assertThat(fx(() -> desktop.controlRoom().model().status())).contains("minutes.wav");
        assertThat(desktop.sessions().list(p -> { })).isEmpty();
    }
}

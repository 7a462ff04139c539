package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.session.SessionTrouble;
import org.plaincaptions.session.SessionWriter;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.settings.SettingsStore;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;
import org.plaincaptions.ui.control.SessionsWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Past sessions in the real app (no speech model, so it starts fast): F9 opens them, the clean-up age
 * picked is saved with the settings, and the sessions older than it are deleted at the next start.
 */
@ExtendWith(ApplicationExtension.class)
class PastSessionsTest {
    private static final Path NO_MODEL = Path.of("target/no-such-model");

    @TempDir
    Path home;
    private AppFolders folders;
    private Path sessionsFolder;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 100, 100));
    }

    @AfterEach
    void close() throws Exception {
        if (desktop != null) {
            WaitForAsyncUtils.asyncFx(desktop::close).get();
        }
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void startApp() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            desktop = new Desktop(new Stage(), new DesktopOptions(Optional.of(NO_MODEL), Optional.empty()), folders,
                    new SessionStore(sessionsFolder));
            desktop.show();
            desktop.captionScreen().stage().toBack();
            desktop.controlRoom().stage().toFront();
            desktop.controlRoom().stage().requestFocus();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A finished session last saved {@code daysAgo} days ago. */
    private String sessionFrom(int daysAgo) throws Exception {
        Instant at = Instant.now().minus(Duration.ofDays(daysAgo));
        Caption said = new Caption(0, new Utterance("thanks all", List.of(new Word("thanks", 1, 1.3, 1),
                new Word("all", 1.3, 1.6, 1)), true), Rewrite.unchanged("thanks all"));
        try (SessionWriter writer = new SessionStore(sessionsFolder, Clock.fixed(at, ZoneOffset.UTC))
                .begin("Desk microphone", SessionTrouble.IGNORE)) {
            writer.said(said);
            return writer.id();
        }
    }

    private Path file(String id) {
        return sessionsFolder.resolve(id + ".jsonl");
    }

    private SessionsWindow awaitWindow() {
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> desktop.sessionsWindow()
                .map(w -> w.stage().isShowing() && !w.status().startsWith("Reading")).orElse(false)));
        return desktop.sessionsWindow().orElseThrow();
    }

    @Test
    void theCleanUpAgeIsSavedAndOlderSessionsAreDeletedAtTheNextStart(FxRobot robot) throws Exception {
        folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("state"));
        sessionsFolder = home.resolve("sessions");
        String old = sessionFrom(40);
        String recent = sessionFrom(2);

        startApp();
        robot.type(KeyCode.F9);
        SessionsWindow window = awaitWindow();
        assertThat(window.sessions()).extracting(SessionSummary::id).containsExactly(recent, old);
        robot.clickOn("#sessions-clean-up").clickOn("After 30 days");
        assertThat(file(old)).as("picking an age deletes nothing until the next start").exists();

        WaitForAsyncUtils.asyncFx(desktop::close).get();
        assertThat(new SettingsStore(folders.config().resolve("settings.json")).load().settings().cleanUpAfterDays())
                .isEqualTo(30);
        assertThat(file(old)).exists();

        startApp();
        await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(file(old)));
        assertThat(file(recent)).exists();
        fx(() -> {
            desktop.openSessions();
            return null;
        });
        window = awaitWindow();
        assertThat(window.sessions()).extracting(SessionSummary::id).containsExactly(recent);
        assertThat(robot.from(window.stage().getScene().getRoot()).lookup("#sessions-clean-up").queryComboBox()
                .getValue()).isEqualTo(30);
    }

    @Test
    void withNoAgeSetNothingIsEverDeletedAtStart(FxRobot robot) throws Exception {
        folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("state"));
        sessionsFolder = home.resolve("sessions");
        String ancient = sessionFrom(3000);

        startApp();
        fx(() -> {
            desktop.openSessions();
            return null;
        });
        SessionsWindow window = awaitWindow();
        assertThat(window.sessions()).extracting(SessionSummary::id).containsExactly(ancient);
        assertThat(file(ancient)).exists();
    }
}

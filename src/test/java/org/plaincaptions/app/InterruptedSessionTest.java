package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.session.CrashedSessions;
import org.plaincaptions.session.SessionEntry;
import org.plaincaptions.session.SessionRecord;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.settings.AppFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real app started after a crash cut a session off: it asks, and resumes or keeps the session. */
@ExtendWith(ApplicationExtension.class)
class InterruptedSessionTest {
    @TempDir
    static Path home;
    private static int count;
    private SessionStore store;
    private String crashed;
    private Desktop desktop;

    @Start
    void start(Stage stage) throws Exception {
        String name = "crash" + ++count;
        AppFolders folders = new AppFolders(home.resolve(name).resolve("config"), home.resolve(name).resolve("data"),
                home.resolve(name).resolve("state"));
        store = new SessionStore(folders.data().resolve("sessions"));
        crashed = CrashedSessions.make(store, "USB microphone", "welcome everyone", "first item on the agenda");
        desktop = new Desktop(stage, new DesktopOptions(Optional.of(DesktopTest.MODEL), Optional.of(DesktopTest.RECORDING)),
                folders, store);
        desktop.show();
        desktop.captionScreen().stage().toBack();
        desktop.controlRoom().stage().toFront();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
    }

    private void awaitQuestion(FxRobot robot) {
        await().atMost(Duration.ofSeconds(120)).until(() -> DesktopTest.fx(() -> desktop.controlRoom().resumeOffered()));
        assertThat(robot.lookup("#resume-text").queryLabeled().getText())
                .startsWith("Captions stopped unexpectedly during the session of")
                .contains("Kept: 2 captions, up to ").doesNotContain("all kept");
    }

    @Test
    void resumingCarriesOnTheInterruptedSessionAfterWhatItAlreadyHad(FxRobot robot) throws Exception {
        awaitQuestion(robot);
        robot.clickOn("#resume-session");
        assertThat(DesktopTest.fx(() -> desktop.controlRoom().resumeOffered())).isFalse();
        await().atMost(Duration.ofSeconds(120)).until(() -> DesktopTest.fx(
                () -> String.join(" ", desktop.captionScreen().shownLines())).toLowerCase().contains("meeting"));
        robot.clickOn("#stop");
        await().atMost(Duration.ofSeconds(120)).until(() -> DesktopTest.fx(() -> desktop.controlRoom().model().status())
                .startsWith("Stopped"));

        List<SessionSummary> all = store.list(p -> { });
        assertThat(all).extracting(SessionSummary::id).containsExactly(crashed);
        SessionRecord record = store.read(crashed);
        List<String> said = record.entries().stream().filter(e -> e instanceof SessionEntry.Said)
                .map(e -> ((SessionEntry.Said) e).caption().raw()).toList();
        assertThat(said).startsWith("welcome everyone", "first item on the agenda").hasSizeGreaterThan(2);
        assertThat(String.join(" ", said)).contains("meeting");
        assertThat(record.entries().get(2).start()).as("new captions come after the old ones")
                .isGreaterThan(record.entries().get(1).start());
        assertThat(store.interrupted()).isEmpty();
    }

    @Test
    void keepingItStartsTheNextCaptionsInANewSessionAndStopsAsking(FxRobot robot) throws Exception {
        awaitQuestion(robot);
        robot.clickOn("#new-session");
        await().atMost(Duration.ofSeconds(120)).until(() -> store.interrupted().isEmpty());
        assertThat(desktop.controlRoom().model().status()).contains("is kept as it is");
        assertThat(store.read(crashed).entries()).hasSize(2);

        DesktopTest.fx(() -> {
            desktop.openSessions();
            return null;
        });
        await().atMost(Duration.ofSeconds(120)).until(() -> DesktopTest.fx(
                () -> desktop.sessionsWindow().map(w -> w.sessions().size()).orElse(0)) == 1);
        DesktopTest.fx(() -> {
            desktop.controlRoom().pressStart();
            return null;
        });
        await().atMost(Duration.ofSeconds(120)).until(() -> store.list(p -> { }).size() == 2);
        DesktopTest.fx(() -> {
            desktop.stop();
            return null;
        });
        await().atMost(Duration.ofSeconds(120)).until(() -> DesktopTest.fx(() -> desktop.controlRoom().model().status())
                .startsWith("Stopped"));
        assertThat(store.list(p -> { })).extracting(SessionSummary::id).contains(crashed).hasSize(2);
        assertThat(store.read(crashed).entries()).hasSize(2);
        await("the open Past sessions window shows the new session once it ended").atMost(Duration.ofSeconds(120))
                .until(() -> DesktopTest.fx(() -> desktop.sessionsWindow().orElseThrow().sessions().stream()
                        .filter(x -> x.state() == SessionSummary.State.ENDED).count()) == 1);
    }
}

package org.plaincaptions.ui.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Change;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.session.SessionTrouble;
import org.plaincaptions.session.SessionWriter;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The past sessions window on real session files in a temporary folder, with the file chooser answered by the test. */
@ExtendWith(ApplicationExtension.class)
class SessionsWindowTest {
    private static final Instant FIRST = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-10T13:30:00Z");
    private static final Instant THIRD = Instant.parse("2026-11-20T15:45:00Z");

    @TempDir
    Path dir;
    private Path folder;
    private Stage owner;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final List<Integer> agesPicked = new ArrayList<>();
    private final List<String> suggested = new ArrayList<>();
    private SessionsWindow window;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 100, 100));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            fx(() -> {
                window.stage().close();
                return null;
            });
        }
        io.shutdownNow();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** A final caption of {@code raw}, a word every 0.3 s from {@code start}, shown as {@code plain}. */
    private static Caption said(long n, double start, String raw, String plain) {
        List<Word> words = new ArrayList<>();
        String[] texts = raw.split(" ");
        for (int i = 0; i < texts.length; i++) {
            words.add(new Word(texts[i], start + 0.3 * i, start + 0.3 * i + 0.25, 0.9));
        }
        List<Change> changes = plain.equals(raw) ? List.of() : List.of(new Change(raw, plain, 0, plain.length(), "test"));
        return new Caption(n, new Utterance(raw, words, true), new Rewrite(raw, plain, changes, 0));
    }

    /** Writes a finished session that started at {@code at}; returns its name. */
    private String session(Instant at, String source, Caption... captions) throws Exception {
        try (SessionWriter writer = new SessionStore(folder(), Clock.fixed(at, ZoneOffset.UTC))
                .begin(source, SessionTrouble.IGNORE)) {
            for (Caption caption : captions) {
                writer.said(caption);
            }
            return writer.id();
        }
    }

    private Path folder() {
        if (folder == null) {
            folder = dir.resolve("sessions");
        }
        return folder;
    }

    private Path file(String id) {
        return folder().resolve(id + ".jsonl");
    }

    /** A session as a crash leaves it: its end line never written. */
    private String interrupted(Instant at) throws Exception {
        String id = session(at, "Room microphone", said(0, 2.0, "hello everyone", "Hello everyone."));
        List<String> lines = Files.readAllLines(file(id));
        Files.write(file(id), lines.subList(0, lines.size() - 1));
        return id;
    }

    private void open(int cleanUpAfterDays) throws Exception {
        fx(() -> {
            window = new SessionsWindow(owner, new SessionStore(folder()), io, cleanUpAfterDays, agesPicked::add);
            window.askWhereWith(name -> {
                suggested.add(name);
                return Optional.of(dir.resolve("exports").resolve(name));
            });
            return window.open();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cell(int column, int row) throws Exception {
        return fx(() -> {
            TableColumn<SessionSummary, ?> c = window.table.getColumns().get(column);
            return String.valueOf(c.getCellData(row));
        });
    }

    private String status() throws Exception {
        return fx(window::status);
    }

    private void awaitStatus(String start) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status().startsWith(start));
    }

    @Test
    void listsEverySessionNewestFirstWithItsStartLengthCaptionsAndState(FxRobot robot) throws Exception {
        String first = session(FIRST, "Desk microphone", said(0, 1.0, "we leverage it", "We use it."),
                said(1, 65.0, "prior to the meeting", "Before the meeting."));
        String second = interrupted(SECOND);
        String third = session(THIRD, "meeting.wav (transcribed)", said(0, 3.0, "thanks all", "Thanks all."));
        open(0);

        assertThat(window.sessions()).extracting(SessionSummary::id).containsExactly(third, second, first);
        assertThat(List.of(cell(0, 2), cell(1, 2), cell(3, 2), cell(4, 2), cell(5, 2)))
                .containsExactly(SessionTable.when(FIRST), "00:01:06", "2", "Finished", "Desk microphone");
        assertThat(cell(4, 1)).isEqualTo("Interrupted");
        assertThat(cell(5, 0)).isEqualTo("meeting.wav (transcribed)");
        assertThat(status()).isEqualTo("3 sessions in " + folder() + ".");
        assertThat(fx(() -> window.table.getSelectionModel().getSelectedItem().id())).isEqualTo(third);
        assertThat(fx(() -> window.stage().getScene().getFocusOwner())).isSameAs(window.table);
    }

    @Test
    void exportsTheSessionPickedInEachFormatAndWordsToTheFileChosen(FxRobot robot) throws Exception {
        String id = session(FIRST, "Desk microphone", said(0, 1.0, "we leverage it", "We use it."),
                said(1, 65.0, "prior to the meeting", "Before the meeting."));
        Files.createDirectories(dir.resolve("exports"));
        open(0);

        record Case(String format, String words, String file, String[] has, String[] hasNot) {
        }
        List<Case> cases = List.of(
                new Case("Text", "Plain words (as shown)", id + "-plain.txt",
                        new String[] {"We use it.\nBefore the meeting.\n"}, new String[] {"leverage", "["}),
                new Case("Text with times", "Plain words (as shown)", id + "-plain-times.txt",
                        new String[] {"[00:00:01] We use it.\n[00:01:05] Before the meeting.\n"}, new String[] {"leverage"}),
                new Case("Text", "As said (raw)", id + "-raw.txt",
                        new String[] {"we leverage it\nprior to the meeting\n"}, new String[] {"We use it."}),
                new Case("SRT subtitles", "Plain words (as shown)", id + "-plain.srt",
                        new String[] {"1\n00:00:01,000 --> ", "We use it.", "2\n00:01:05,000 --> "},
                        new String[] {"leverage", "WEBVTT"}),
                new Case("WebVTT subtitles", "As said (raw)", id + "-raw.vtt",
                        new String[] {"WEBVTT\n", "00:00:01.000 --> ", "we leverage it"}, new String[] {"We use it."}),
                new Case("JSON lines (both words)", "Plain words (as shown)", id + ".jsonl",
                        new String[] {"\"raw\":\"we leverage it\",\"plain\":\"We use it.\"",
                                "\"raw\":\"prior to the meeting\",\"plain\":\"Before the meeting.\""},
                        new String[] {"-->"}));
        for (Case c : cases) {
            robot.clickOn("#sessions-format").clickOn(c.format());
            if (!robot.lookup("#sessions-track").query().isDisabled()) {
                robot.clickOn("#sessions-track").clickOn(c.words());
            }
            robot.clickOn("#sessions-export");
            awaitStatus("Exported");
            Path written = dir.resolve("exports").resolve(c.file());
            assertThat(suggested).last().isEqualTo(c.file());
            assertThat(written).exists();
            String text = Files.readString(written);
            assertThat(text).as(c.file()).contains(c.has()).doesNotContain(c.hasNot());
            assertThat(status()).isEqualTo("Exported the session of " + SessionTable.when(FIRST) + " to " + written + ".");
        }
        assertThat(robot.lookup("#sessions-track").query().isDisabled()).as("JSON lines always have both").isTrue();
        try (var files = Files.list(dir.resolve("exports"))) {
            assertThat(files).hasSize(cases.size()); // no temporary files left beside them
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhyInOneLine(FxRobot robot) throws Exception {
        session(FIRST, "Desk microphone", said(0, 1.0, "we leverage it", "We use it."));
        open(0);
        Path nowhere = dir.resolve("no-such-folder").resolve("meeting.txt");
        fx(() -> {
            window.askWhereWith(name -> Optional.of(nowhere));
            return null;
        });
        robot.clickOn("#sessions-export");
        awaitStatus("Cannot write");
        assertThat(status()).isEqualTo("Cannot write " + nowhere + ": the folder does not exist.");
        assertThat(window.status.getStyleClass()).contains("problem");
        assertThat(nowhere).doesNotExist();
        assertThat(robot.lookup("#sessions-export").query().isDisabled()).isFalse();
    }

    @Test
    void deleteAsksFirstThenRemovesTheSessionFromTheListAndTheDisk(FxRobot robot) throws Exception {
        String first = session(FIRST, "Desk microphone", said(0, 1.0, "we leverage it", "We use it."));
        String third = session(THIRD, "Room microphone", said(0, 1.0, "thanks all", "Thanks all."));
        open(0);
        robot.clickOn(SessionTable.when(FIRST));

        robot.clickOn("#sessions-delete");
        robot.clickOn("#keep-session");
        awaitStatus("Nothing deleted.");
        assertThat(file(first)).exists();
        assertThat(window.sessions()).hasSize(2);

        robot.clickOn(SessionTable.when(FIRST)).type(KeyCode.DELETE); // the Delete key asks the same
        robot.clickOn("#confirm-delete");
        awaitStatus("Deleted");
        assertThat(status()).isEqualTo("Deleted the session of " + SessionTable.when(FIRST) + " for good.");
        assertThat(file(first)).doesNotExist();
        assertThat(window.sessions()).extracting(SessionSummary::id).containsExactly(third);

        fx(window::refresh).get(5, TimeUnit.SECONDS);
        assertThat(window.sessions()).extracting(SessionSummary::id).containsExactly(third);
    }

    @Test
    void theRunningSessionCannotBeDeletedAndSaysSoInOneLine(FxRobot robot) throws Exception {
        List<SessionSummary> asked = new ArrayList<>();
        try (SessionWriter running = new SessionStore(folder(), Clock.fixed(THIRD, ZoneOffset.UTC))
                .begin("Desk microphone", SessionTrouble.IGNORE)) {
            open(0);
            fx(() -> {
                window.confirmDeleteWith(s -> asked.add(s));
                return null;
            });
            assertThat(cell(4, 0)).isEqualTo("Running now");
            robot.clickOn("#sessions-delete");
            assertThat(status()).isEqualTo("This session is running now: stop captions before deleting it.");
            assertThat(window.status.getStyleClass()).contains("problem");
            assertThat(asked).isEmpty();
            assertThat(running.file()).exists();
        }
    }

    @Test
    void aFileThatIsNotASessionIsOneLineAndTheOthersAreStillListed(FxRobot robot) throws Exception {
        String first = session(FIRST, "Desk microphone", said(0, 1.0, "we leverage it", "We use it."));
        String third = session(THIRD, "Room microphone", said(0, 1.0, "thanks all", "Thanks all."));
        Files.writeString(folder().resolve("2026-11-05_100000.jsonl"), "this is not a session\n{\"type\":\"said\"}\n");
        open(0);

        assertThat(window.sessions()).extracting(SessionSummary::id).containsExactly(third, first);
        assertThat(status()).startsWith("2 sessions. One file could not be read: ")
                .contains("2026-11-05_100000.jsonl is not a Plain Captions session").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(window.status.getStyleClass()).contains("problem");
    }

    @Test
    void filesAreReadOffTheFxThreadSoTheWindowAnswersWhileTheDiskIsSlow(FxRobot robot) throws Exception {
        session(FIRST, "Desk microphone", said(0, 1.0, "we leverage it", "We use it."));
        CountDownLatch slowDisk = new CountDownLatch(1);
        io.execute(() -> {
            try {
                slowDisk.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        var listed = fx(() -> {
            window = new SessionsWindow(owner, new SessionStore(folder()), io, 0, agesPicked::add);
            return window.open();
        });
        assertThat(fx(() -> window.stage().isShowing())).isTrue();
        assertThat(status()).isEqualTo("Reading the sessions…");
        assertThat(robot.lookup("#sessions-refresh").query().isDisabled()).isTrue();
        assertThat(listed).isNotDone();

        slowDisk.countDown();
        listed.get(5, TimeUnit.SECONDS);
        assertThat(window.sessions()).hasSize(1);
        assertThat(robot.lookup("#sessions-refresh").query().isDisabled()).isFalse();
    }

    @Test
    void theCleanUpAgeIsOffUnlessPickedAndPickingOneDeletesNothingYet(FxRobot robot) throws Exception {
        String first = session(FIRST, "Desk microphone", said(0, 1.0, "we leverage it", "We use it."));
        open(0);
        assertThat(robot.lookup("#sessions-clean-up").queryComboBox().getValue()).isEqualTo(0);
        assertThat(robot.lookup("#sessions-clean-up").queryComboBox().getItems()).containsExactly(0, 7, 30, 90, 365);

        robot.clickOn("#sessions-clean-up").clickOn("After 30 days");
        assertThat(agesPicked).containsExactly(30);
        assertThat(status()).isEqualTo("Sessions last saved more than 30 days ago will be deleted when the app next starts.");
        assertThat(file(first)).exists();

        robot.clickOn("#sessions-clean-up").clickOn("Never");
        assertThat(agesPicked).containsExactly(30, 0);
        assertThat(status()).isEqualTo("Sessions are kept until you delete them.");
    }

    @Test
    void anAgeWrittenByHandIsShownAmongTheUsualOnes(FxRobot robot) throws Exception {
        open(14);
        assertThat(robot.lookup("#sessions-clean-up").queryComboBox().getItems()).containsExactly(0, 7, 14, 30, 90, 365);
        assertThat(robot.lookup("#sessions-clean-up").queryComboBox().getValue()).isEqualTo(14);
        assertThat(status()).isEqualTo("No sessions in " + folder() + ".");
        assertThat(agesPicked).isEmpty();
    }

    @Test
    void everyControlSaysWhatItIsAndIsReachedByTabOrItsAltLetter(FxRobot robot) throws Exception {
        session(FIRST, "Desk microphone", said(0, 1.0, "we leverage it", "We use it."));
        Files.createDirectories(dir.resolve("exports"));
        open(0);
        List<javafx.scene.control.Control> controls = robot.from(window.stage().getScene().getRoot())
                .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Control && n.getId() != null
                        && n.getId().startsWith("sessions-"))
                .queryAllAs(javafx.scene.control.Control.class).stream().toList();
        assertThat(controls).extracting(javafx.scene.Node::getId).contains("sessions-table", "sessions-format",
                "sessions-track", "sessions-export", "sessions-delete", "sessions-refresh", "sessions-clean-up");
        for (var control : controls) {
            String said = control.getAccessibleText() != null ? control.getAccessibleText()
                    : control instanceof javafx.scene.control.Labeled l ? l.getText() : null;
            assertThat(said).as(control.getId()).isNotBlank();
        }

        List<String> order = new ArrayList<>();
        fx(() -> {
            window.format.requestFocus();
            return null;
        });
        for (int i = 0; i < 12; i++) {
            var focused = fx(() -> window.stage().getScene().getFocusOwner());
            if (focused != null && focused.getId() != null && !order.contains(focused.getId())) {
                order.add(focused.getId());
            }
            robot.type(KeyCode.TAB);
        }
        assertThat(order).containsSubsequence("sessions-format", "sessions-track", "sessions-export",
                "sessions-delete", "sessions-refresh", "sessions-table", "sessions-clean-up");

        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        assertThat(fx(() -> window.stage().getScene().getFocusOwner().getId())).isEqualTo("sessions-clean-up");
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT); // Export…
        awaitStatus("Exported");
        assertThat(suggested).containsExactly(fx(() -> window.sessions().get(0).id()) + "-plain.txt");
        robot.type(KeyCode.ESCAPE);
        assertThat(fx(() -> window.stage().isShowing())).isFalse();
    }
}

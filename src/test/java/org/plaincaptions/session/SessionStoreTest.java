package org.plaincaptions.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.plaincaptions.session.SessionFixtures.NOON;
import static org.plaincaptions.session.SessionFixtures.said;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.session.SessionFixtures.HandClock;
import org.plaincaptions.session.SessionSummary.State;
import org.plaincaptions.speech.Utterance;

class SessionStoreTest {
    @TempDir
    Path dir;

    private final HandClock clock = new HandClock(NOON);

    private SessionStore store() {
        return new SessionStore(dir.resolve("sessions"), clock);
    }

    private static List<String> saidPlain(SessionRecord record) {
        return record.entries().stream().filter(e -> e instanceof SessionEntry.Said)
                .map(e -> ((SessionEntry.Said) e).caption().plain()).toList();
    }

    @Test
    void aSessionFileWithItsHeaderExistsAsSoonAsItBegins() throws Exception {
        try (SessionWriter writer = store().begin("Desk microphone", SessionTrouble.IGNORE)) {
            assertThat(writer.id()).isEqualTo("2026-11-26_120000");
            assertThat(Files.readString(writer.file())).startsWith("{\"type\":\"session\"").contains("Desk microphone");
            assertThat(store().list(p -> { })).extracting(SessionSummary::state).containsExactly(State.RUNNING);
        }
    }

    @Test
    void eachFinalCaptionIsOnDiskWithinOneSecond() throws Exception {
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            writer.said(said(0, 1.0, "we leverage it", "We use it."));

            await().atMost(Duration.ofSeconds(20)).until(() -> Files.readString(writer.file()).contains("We use it."));
        }
    }

    @Test
    void readsBackWhatWasSaidShownAndChangedWithTimesAndGapsInOrder() throws Exception {
        Caption first = said(0, 1.0, "we leverage it", "We use it.");
        Caption second = said(1, 40.0, "prior to the meeting", "Before the meeting.");
        String id;
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            id = writer.id();
            writer.said(first);
            writer.said(new Caption(1, Utterance.empty(true), Rewrite.unchanged(""))); // nothing said: not saved
            writer.gap(new CaptionGap(5.0, 38.5, CaptionGap.Reason.MICROPHONE_LOST));
            writer.said(second);
        }

        SessionRecord record = store().read(id);

        assertThat(record.entries()).hasSize(3);
        Caption back = ((SessionEntry.Said) record.entries().get(0)).caption();
        assertThat(back.raw()).isEqualTo("we leverage it");
        assertThat(back.plain()).isEqualTo("We use it.");
        assertThat(back.words()).hasSameSizeAs(first.words());
        for (int i = 0; i < first.words().size(); i++) {
            assertThat(back.words().get(i).text()).isEqualTo(first.words().get(i).text());
            assertThat(back.words().get(i).start()).isCloseTo(first.words().get(i).start(), within(0.0005));
            assertThat(back.words().get(i).end()).isCloseTo(first.words().get(i).end(), within(0.0005));
        }
        assertThat(back.changes()).isEqualTo(first.changes());
        assertThat(((SessionEntry.Gap) record.entries().get(1)).gap())
                .isEqualTo(new CaptionGap(5.0, 38.5, CaptionGap.Reason.MICROPHONE_LOST));
        assertThat(saidPlain(record)).containsExactly("We use it.", "Before the meeting.");
        assertThat(record.summary().state()).isEqualTo(State.ENDED);
        assertThat(record.summary().captions()).isEqualTo(2);
        assertThat(record.summary().seconds()).isCloseTo(41.15, within(0.0005));
        assertThat(record.skipped()).isEmpty();
    }

    @Test
    void aSessionCutOffByACrashIsInterruptedAndKeepsEverythingWritten() throws Exception {
        SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE);
        writer.said(said(0, 1.0, "one", "One."));
        writer.said(said(1, 2.0, "two", "Two."));
        writer.closeAsIfCrashed();

        assertThat(store().interrupted()).extracting(SessionSummary::id).containsExactly(writer.id());
        SessionRecord record = store().read(writer.id());
        assertThat(record.summary().state()).isEqualTo(State.INTERRUPTED);
        assertThat(saidPlain(record)).containsExactly("One.", "Two.");
    }

    @Test
    void aLastLineCutShortByACrashIsSkippedWithItsLineAndTheRestIsKept() throws Exception {
        SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE);
        writer.said(said(0, 1.0, "one", "One."));
        writer.closeAsIfCrashed();
        Files.writeString(writer.file(), "{\"type\":\"said\",\"n\":1,\"start\":2.0,\"en",
                java.nio.file.StandardOpenOption.APPEND);

        SessionRecord record = store().read(writer.id());

        assertThat(saidPlain(record)).containsExactly("One.");
        assertThat(record.skipped()).singleElement().asString().contains(writer.file() + ":3: cut short");
    }

    @Test
    void resumingAddsToTheEndTimedFromWhereItHadGotToAndMendsACutLine() throws Exception {
        SessionWriter crashed = store().begin("mic", SessionTrouble.IGNORE);
        crashed.said(said(0, 10.0, "one", "One."));
        crashed.closeAsIfCrashed();
        Files.writeString(crashed.file(), "{\"type\":\"sa", java.nio.file.StandardOpenOption.APPEND);

        try (SessionWriter resumed = store().resume(crashed.id(), SessionTrouble.IGNORE)) {
            assertThat(resumed.offset()).isEqualTo(12.0); // one ended at 10.25 s; a second's pause, rounded up
            resumed.said(said(0, 0.5, "two", "Two."));
        }

        SessionRecord record = store().read(crashed.id());
        assertThat(saidPlain(record)).containsExactly("One.", "Two.");
        assertThat(record.entries().get(1).start()).isCloseTo(12.5, within(0.0005));
        assertThat(record.summary().state()).isEqualTo(State.ENDED);
        assertThat(record.skipped()).hasSize(1);
        assertThat(store().interrupted()).isEmpty();
    }

    @Test
    void keepingAnInterruptedSessionStopsTheQuestionAndKeepsItsCaptions() throws Exception {
        SessionWriter crashed = store().begin("mic", SessionTrouble.IGNORE);
        crashed.said(said(0, 1.0, "one", "One."));
        crashed.closeAsIfCrashed();

        store().keep(crashed.id());

        assertThat(store().interrupted()).isEmpty();
        SessionRecord record = store().read(crashed.id());
        assertThat(record.summary().state()).isEqualTo(State.INTERRUPTED);
        assertThat(saidPlain(record)).containsExactly("One.");
    }

    @Test
    void aRunningSessionIsNotInterruptedAndCannotBeDeletedOrResumed() throws Exception {
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            assertThat(store().interrupted()).isEmpty();
            assertThatThrownBy(() -> store().delete(writer.id())).isInstanceOf(SessionFileException.class)
                    .hasMessage("Session " + writer.id() + " is running; stop it before deleting it.");
            assertThatThrownBy(() -> store().resume(writer.id(), SessionTrouble.IGNORE))
                    .hasMessageContaining("is still running");
        }
    }

    @Test
    void deletingASessionRemovesItsFile() throws Exception {
        SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE);
        writer.close();

        store().delete(writer.id());

        assertThat(writer.file()).doesNotExist();
        assertThat(store().list(p -> { })).isEmpty();
    }

    @Test
    void cleanUpDeletesSessionsOlderThanTheAgeOnly() throws Exception {
        store().begin("old", SessionTrouble.IGNORE).close();
        clock.advance(Duration.ofDays(20));
        store().begin("recent", SessionTrouble.IGNORE).close();
        clock.advance(Duration.ofDays(20));

        List<String> deleted = store().cleanUp(Duration.ofDays(30));

        assertThat(deleted).containsExactly("2026-11-26_120000");
        assertThat(store().list(p -> { })).extracting(SessionSummary::source).containsExactly("recent");
    }

    @Test
    void twoSessionsStartedInTheSameSecondGetTheirOwnNames() throws Exception {
        try (SessionWriter a = store().begin("a", SessionTrouble.IGNORE);
             SessionWriter b = store().begin("b", SessionTrouble.IGNORE)) {
            assertThat(a.id()).isEqualTo("2026-11-26_120000");
            assertThat(b.id()).isEqualTo("2026-11-26_120000-2");
        }
    }

    @Test
    void resolvesLatestAndTheStartOfOneName() throws Exception {
        store().begin("first", SessionTrouble.IGNORE).close();
        clock.advance(Duration.ofHours(2));
        store().begin("second", SessionTrouble.IGNORE).close();

        assertThat(store().resolve("latest")).isEqualTo("2026-11-26_140000");
        assertThat(store().resolve("2026-11-26_12")).isEqualTo("2026-11-26_120000");
        assertThatThrownBy(() -> store().resolve("2026-11-26")).hasMessage(
                "'2026-11-26' could be any of 2026-11-26_140000, 2026-11-26_120000; give more of the name.");
        assertThatThrownBy(() -> store().resolve("yesterday"))
                .hasMessage("No session is called 'yesterday'; list them with: plain-captions sessions");
        assertThatThrownBy(() -> store().read("../../etc/passwd"))
                .hasMessageStartingWith("'../../etc/passwd' is not a session name");
    }

    @Test
    void listsNewestFirstAndReportsAFileThatIsNotASession() throws Exception {
        store().begin("first", SessionTrouble.IGNORE).close();
        clock.advance(Duration.ofMinutes(1));
        store().begin("second", SessionTrouble.IGNORE).close();
        Files.writeString(dir.resolve("sessions/notes.jsonl"), "these are my notes\n");
        List<String> problems = new ArrayList<>();

        List<SessionSummary> sessions = store().list(problems::add);

        assertThat(sessions).extracting(SessionSummary::source).containsExactly("second", "first");
        assertThat(problems).containsExactly(dir.resolve("sessions/notes.jsonl")
                + " is not a Plain Captions session (it has no session header).");
    }

    @Test
    void aSessionFileIsUtf8JsonOneObjectALine() throws Exception {
        String id;
        try (SessionWriter writer = store().begin("Salle de réunion", SessionTrouble.IGNORE)) {
            id = writer.id();
            writer.said(said(0, 1.0, "café au lait", "Café au lait."));
        }
        List<String> lines = Files.readAllLines(dir.resolve("sessions/" + id + ".jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("{\"type\":\"said\"").contains("\"plain\":\"Café au lait.\"");
        assertThat(lines.get(2)).startsWith("{\"type\":\"end\"").contains("\"captions\":1");
    }
}

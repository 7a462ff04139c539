package org.plaincaptions.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaincaptions.session.DraftThrottleTest.partial;
import static org.plaincaptions.session.SessionFixtures.NOON;
import static org.plaincaptions.session.SessionFixtures.said;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;
import org.plaincaptions.session.SessionFixtures.HandClock;
import org.plaincaptions.session.SessionSummary.State;
import org.plaincaptions.speech.Word;

/** The open utterance saved as a draft: written, replaced by its final, recovered after a crash. */
class SessionDraftTest {
    @TempDir
    Path dir;

    private final HandClock clock = new HandClock(NOON);

    private SessionStore store() {
        return new SessionStore(dir.resolve("sessions"), clock);
    }

    static List<Word> untimed(String raw) {
        List<Word> words = new ArrayList<>();
        for (String w : raw.isBlank() ? new String[0] : raw.split(" ")) {
            words.add(new Word(w, Double.NaN, Double.NaN, Double.NaN));
        }
        return words;
    }

    private static List<String> raws(SessionRecord record) {
        return record.entries().stream().map(e -> ((SessionEntry.Said) e).caption().raw()).toList();
    }

    private static List<Boolean> unfinished(SessionRecord record) {
        return record.entries().stream().map(e -> ((SessionEntry.Said) e).unfinished()).toList();
    }

    private List<String> draftLines(SessionWriter writer) throws Exception {
        return Files.readAllLines(writer.file()).stream().filter(l -> l.contains("\"type\":\"draft\"")).toList();
    }

    @Test
    void theOpenUtterancesPartialIsWrittenAsADraftLine() throws Exception {
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            writer.draft(partial(0, "thank you all for coming"));
            writer.closeAsIfCrashed();

            assertThat(draftLines(writer)).singleElement().asString().contains("\"n\":0")
                    .contains("\"raw\":\"thank you all for coming\"");
        }
    }

    @Test
    void theFinalReplacesTheDraftAndNoWordIsThereTwice() throws Exception {
        String id;
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            id = writer.id();
            writer.draft(partial(0, "thank you all"));
            clock.advance(Duration.ofMillis(1500));
            writer.draft(partial(0, "thank you all for coming this"));
            writer.said(said(0, 1.0, "thank you all for coming this morning", "thank you all for coming this morning"));
            writer.draft(partial(1, "we have"));
            clock.advance(Duration.ofMillis(1500));
            writer.said(said(1, 4.0, "we have a lot", "we have a lot"));
        }

        SessionRecord record = store().read(id);

        assertThat(raws(record)).containsExactly("thank you all for coming this morning", "we have a lot");
        assertThat(unfinished(record)).containsExactly(false, false);
        assertThat(record.summary().captions()).isEqualTo(2);
        assertThat(record.summary().state()).isEqualTo(State.ENDED);
    }

    @Test
    void afterACrashTheTrailingDraftIsTheLastCaptionMarkedUnfinished() throws Exception {
        String id;
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            id = writer.id();
            writer.said(said(0, 1.0, "thank you all for coming", "thank you all for coming"));
            clock.advance(Duration.ofSeconds(2));
            writer.draft(partial(1, "we have a"));
            clock.advance(Duration.ofSeconds(2));
            writer.draft(partial(1, "we have a lot to get through"));
            writer.closeAsIfCrashed();
        }

        SessionRecord record = store().read(id);

        assertThat(raws(record)).containsExactly("thank you all for coming", "we have a lot to get through");
        assertThat(unfinished(record)).containsExactly(false, true);
        SessionEntry.Said draft = (SessionEntry.Said) record.entries().get(1);
        assertThat(draft.caption().sequence()).isEqualTo(1);
        assertThat(draft.caption().start()).as("starts where the last final ended").isEqualTo(2.45);
        assertThat(draft.caption().end()).as("lasts as long as since that final").isEqualTo(6.45);
        assertThat(draft.caption().words()).extracting(Word::text)
                .containsExactly("we", "have", "a", "lot", "to", "get", "through");
        assertThat(record.summary().captions()).isEqualTo(2);
        assertThat(record.summary().state()).isEqualTo(State.INTERRUPTED);
    }

    @Test
    void aDraftIsWrittenAtMostOnceASecondAndTheNewestWaitsForTheWritersTick() throws Exception {
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            writer.draft(partial(0, "so"));
            clock.advance(Duration.ofMillis(200));
            writer.draft(partial(0, "so the"));
            clock.advance(Duration.ofMillis(200));
            writer.draft(partial(0, "so the plan"));
            clock.advance(Duration.ofMillis(200));
            writer.draft(partial(0, "so the plan"));

            clock.advance(Duration.ofMillis(400)); // a second after the first draft: the tick saves the newest
            writer.closeAsIfCrashed();

            assertThat(draftLines(writer)).hasSize(2);
            assertThat(draftLines(writer).get(0)).contains("\"raw\":\"so\"");
            assertThat(draftLines(writer).get(1)).contains("\"raw\":\"so the plan\"");
        }
    }

    @Test
    void aKeptOrResumedSessionKeepsItsDraftAsTheUnfinishedCaption() throws Exception {
        SessionStore store = store();
        String id;
        try (SessionWriter writer = store.begin("mic", SessionTrouble.IGNORE)) {
            id = writer.id();
            writer.said(said(0, 1.0, "good evening", "good evening"));
            writer.draft(partial(1, "the main thing today"));
            writer.closeAsIfCrashed();
        }
        store.keep(id);
        assertThat(store.list(p -> { }).get(0).captions()).as("listed from the end line").isEqualTo(2);

        try (SessionWriter resumed = store.resume(id, SessionTrouble.IGNORE)) {
            resumed.draft(partial(0, "where were"));
            resumed.said(said(0, 0.5, "where were we", "where were we"));
        }

        SessionRecord record = store.read(id);
        assertThat(raws(record)).containsExactly("good evening", "the main thing today", "where were we");
        assertThat(unfinished(record)).containsExactly(false, true, false);
        assertThat(((SessionEntry.Said) record.entries().get(2)).caption().start())
                .as("resumed after the draft").isGreaterThan(((SessionEntry.Said) record.entries().get(1)).caption().end());
    }

    @Test
    void aDraftWhoseUtteranceCameToNothingIsDroppedWhenTheSessionEndsProperly() throws Exception {
        byte[] file = String.join("\n",
                "{\"type\":\"session\",\"format\":1,\"id\":\"s\",\"started\":\"2026-11-26T12:00:00Z\",\"source\":\"mic\"}",
                "{\"type\":\"draft\",\"n\":0,\"start\":0,\"end\":1,\"at\":\"2026-11-26T12:00:01Z\",\"raw\":\"uh\",\"plain\":\"uh\",\"changes\":[]}",
                "{\"type\":\"end\",\"at\":\"2026-11-26T12:00:03Z\",\"interrupted\":false,\"captions\":0,\"seconds\":1.0}",
                "").getBytes(StandardCharsets.UTF_8);

        SessionRecord record = SessionReader.parse("s.jsonl", file, false);

        assertThat(record.entries()).isEmpty();
        assertThat(record.skipped()).isEmpty();
    }

    @Test
    void aDraftBeforeAGapIsSupersededByIt() throws Exception {
        String id;
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            id = writer.id();
            writer.draft(partial(0, "what it was hearing"));
            writer.gap(new CaptionGap(0, 3, CaptionGap.Reason.MICROPHONE_LOST));
            writer.closeAsIfCrashed();
        }

        assertThat(store().read(id).entries()).singleElement().isInstanceOf(SessionEntry.Gap.class);
    }

    @Test
    void anUnfinishedCaptionIsExportedAsNormalText() throws Exception {
        String id;
        try (SessionWriter writer = store().begin("mic", SessionTrouble.IGNORE)) {
            id = writer.id();
            writer.said(said(0, 1.0, "we leverage it", "We use it."));
            writer.draft(partial(1, "and the park"));
            writer.closeAsIfCrashed();
        }
        StringWriter out = new StringWriter();

        SessionExport.write(store().read(id), ExportFormat.TXT, Track.PLAIN, out);

        assertThat(out.toString().lines()).containsExactly("We use it.", "and the park");
    }
}

package org.plaincaptions.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plaincaptions.session.SessionFixtures.NOON;
import static org.plaincaptions.session.SessionFixtures.said;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;

/** A saved session written out in every format, with the gap where the microphone was lost. */
class SessionExportTest {
    private static final SessionRecord MEETING = new SessionRecord(
            new SessionSummary("2026-11-26_120000", NOON, NOON.plusSeconds(90), "mic", 2, 75.55,
                    SessionSummary.State.ENDED),
            List.of(new SessionEntry.Said(said(0, 1.0, "we leverage it", "We use it."), NOON.plusSeconds(2)),
                    new SessionEntry.Gap(new CaptionGap(5.0, 40.0, CaptionGap.Reason.MICROPHONE_LOST), NOON.plusSeconds(41)),
                    new SessionEntry.Said(said(1, 3725.0, "prior to it", "Before it."), NOON.plusSeconds(3726))),
            List.of());

    private static String export(ExportFormat format, Track track) throws Exception {
        StringWriter out = new StringWriter();
        SessionExport.write(MEETING, format, track, out);
        return out.toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            txt       | plain | We use it.\\n[no captions for 35 s: microphone lost]\\nBefore it.\\n
            txt       | raw   | we leverage it\\n[no captions for 35 s: microphone lost]\\nprior to it\\n
            txt-times | plain | [00:00:01] We use it.\\n[00:00:05] [no captions for 35 s: microphone lost]\\n[01:02:05] Before it.\\n
            """)
    void writesTextWithOrWithoutTimesAndTheGapWhereItHappened(String format, String track, String expected)
            throws Exception {
        assertThat(export(ExportFormat.parse(format), Track.parse(track))).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            srt | 1\\n00:00:01,000 --> 00:00:03,000\\nWe use it.\\n\\n2\\n00:00:05,000 --> 00:00:40,000\\n[no captions for 35 s: microphone lost]\\n\\n3\\n01:02:05,000 --> 01:02:07,000\\nBefore it.\\n\\n
            vtt | WEBVTT\\n\\n1\\n00:00:01.000 --> 00:00:03.000\\nWe use it.\\n\\n2\\n00:00:05.000 --> 00:00:40.000\\n[no captions for 35 s: microphone lost]\\n\\n3\\n01:02:05.000 --> 01:02:07.000\\nBefore it.\\n\\n
            """)
    void writesSubtitlesWithTheGapAsACueOfItsOwn(String format, String expected) throws Exception {
        assertThat(export(ExportFormat.parse(format), Track.PLAIN)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @org.junit.jupiter.api.Test
    void writesJsonLinesWithTheGapAsALineNamingItsReason() throws Exception {
        assertThat(export(ExportFormat.JSONL, Track.PLAIN).split("\n")).containsExactly(
                "{\"start\":1.000,\"end\":1.850,\"raw\":\"we leverage it\",\"plain\":\"We use it.\"}",
                "{\"start\":5.000,\"end\":40.000,\"raw\":\"\",\"plain\":\"[no captions for 35 s: microphone lost]\","
                        + "\"gap\":\"microphone-lost\"}",
                "{\"start\":3725.000,\"end\":3725.850,\"raw\":\"prior to it\",\"plain\":\"Before it.\"}");
    }

    @org.junit.jupiter.api.Test
    void namesTheFileAfterTheSessionTrackAndFormat() {
        assertThat(SessionExport.fileName(MEETING, ExportFormat.TXT_TIMES, Track.PLAIN))
                .isEqualTo("2026-11-26_120000-plain-times.txt");
        assertThat(SessionExport.fileName(MEETING, ExportFormat.VTT, Track.RAW)).isEqualTo("2026-11-26_120000-raw.vtt");
        assertThat(SessionExport.fileName(MEETING, ExportFormat.JSONL, Track.RAW)).isEqualTo("2026-11-26_120000.jsonl");
    }

    @org.junit.jupiter.api.Test
    void writesAFileWholeOrSaysInOneLineWhyNotAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("meeting.srt");
        Files.writeString(target, "an older export");
        SessionExport.writeFile(MEETING, ExportFormat.SRT, Track.PLAIN, target);
        assertThat(Files.readString(target)).isEqualTo(export(ExportFormat.SRT, Track.PLAIN));

        Path nowhere = dir.resolve("no-such-folder/meeting.srt");
        assertThatThrownBy(() -> SessionExport.writeFile(MEETING, ExportFormat.SRT, Track.PLAIN, nowhere))
                .isInstanceOf(SessionFileException.class)
                .hasMessage("Cannot write " + nowhere + ": the folder does not exist.");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("meeting.srt");
        }
    }
}

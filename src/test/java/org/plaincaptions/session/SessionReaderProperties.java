package org.plaincaptions.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.plaincaptions.session.SessionFixtures.NOON;
import static org.plaincaptions.session.SessionFixtures.said;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.plaincaptions.captions.CaptionGap;

/** The session reader on damaged files: whatever it is given, it reads what it can or says the file is no session. */
class SessionReaderProperties {
    private static final byte[] HEADER = SessionLines.header("s", NOON, "mic");

    /** A real session of {@code n} captions and a gap, as the writer writes it. */
    private static byte[] session(int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER);
        for (int i = 0; i < n; i++) {
            out.writeBytes(SessionLines.said(said(i, i * 3.0, "we leverage it number " + i, "We use it, number " + i + "."),
                    NOON.plusSeconds(i)));
            if (i == n / 2) {
                out.writeBytes(SessionLines.gap(new CaptionGap(i * 3.0 + 2, i * 3.0 + 2.5, CaptionGap.Reason.FELL_BEHIND),
                        NOON.plusSeconds(i)));
            }
        }
        out.writeBytes(SessionLines.end(NOON.plusSeconds(n), false, n, n * 3.0));
        return out.toByteArray();
    }

    private static Throwable readFailure(byte[] bytes) {
        return catchThrowable(() -> SessionReader.parse("fuzz.jsonl", bytes, false));
    }

    @Property(tries = 500, seed = "20261201")
    void randomBytesAreReadOrRefusedAsNoSession(@ForAll @Size(max = 2000) byte[] bytes) {
        Throwable failure = readFailure(bytes);

        assertThat(failure).satisfiesAnyOf(f -> assertThat(f).isNull(),
                f -> assertThat(f).isInstanceOf(SessionFileException.class).hasMessageStartingWith("fuzz.jsonl is not"));
    }

    @Property(tries = 500, seed = "20261201")
    void randomLinesAfterAHeaderAreSkippedOneByOneNeverThrown(@ForAll("jsonish") List<String> lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER);
        lines.forEach(l -> out.writeBytes((l + "\n").getBytes(StandardCharsets.UTF_8)));

        SessionRecord record = SessionReader.parse("fuzz.jsonl", out.toByteArray(), false);

        long written = String.join("\n", lines).chars().filter(c -> c == '\n').count() + 1;
        assertThat(record.entries().size() + record.skipped().size()).isLessThanOrEqualTo((int) written);
        assertThat(record.summary().captions()).isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 300, seed = "20261201")
    void aSessionCutShortAnywhereKeepsEveryLineBeforeTheCut(@ForAll @IntRange(min = 1, max = 12) int captions,
                                                            @ForAll @IntRange(min = 0, max = 100_000) int cutAt)
            throws Exception {
        byte[] whole = session(captions);
        int cut = HEADER.length + cutAt % (whole.length - HEADER.length + 1);
        byte[] cutShort = java.util.Arrays.copyOf(whole, cut);
        // A line cut exactly before its line break is still whole; any other cut line is skipped.
        boolean lastLineWhole = cut == whole.length || whole[cut] == '\n';
        int completeLines = 0;
        for (int i = HEADER.length; i < cut; i++) {
            completeLines += cutShort[i] == '\n' ? 1 : 0;
        }
        boolean partial = cutShort[cut - 1] != '\n';
        if (partial && lastLineWhole) {
            completeLines++;
        }

        SessionRecord record = SessionReader.parse("cut.jsonl", cutShort, false);

        boolean ended = completeLines == captions + 2;
        assertThat(record.entries().size()).isEqualTo(Math.min(completeLines, captions + 1));
        assertThat(record.skipped()).hasSize(partial && !lastLineWhole ? 1 : 0);
        assertThat(record.summary().state()).isEqualTo(ended ? SessionSummary.State.ENDED : SessionSummary.State.INTERRUPTED);
    }

    @Property(tries = 500, seed = "20261201")
    void aSessionWithAByteChangedAnywhereIsReadOrRefusedAsNoSession(@ForAll @IntRange(min = 0, max = 100_000) int at,
                                                                      @ForAll byte value) {
        byte[] damaged = session(4);
        damaged[at % damaged.length] = value;

        Throwable failure = readFailure(damaged);

        assertThat(failure).satisfiesAnyOf(f -> assertThat(f).isNull(),
                f -> assertThat(f).isInstanceOf(SessionFileException.class));
    }

    @Provide
    Arbitrary<List<String>> jsonish() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-0", "NaN", "\\u0000",
                        "\"type\"", "\"said\"", "\"gap\"", "\"end\"", "\"session\"", "\"resumed\"", "\"start\"", "\"end\"",
                        "\"raw\"", "\"plain\"", "\"words\"", "\"changes\"", "\"reason\"", "\"microphone-lost\"",
                        "\"at\"", "\"2026-11-26T12:00:00Z\"", "\"offset\"", "[[\"a\",1,2,0.5]]", "[[\"a\",\"b\",0,99,\"s\"]]",
                        "\"n\"", "12345678901234567890", "-1"),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> line = fragment.list().ofMaxSize(30).map(parts -> String.join("", parts));
        Arbitrary<String> typed = Arbitraries.of("said", "gap", "end", "resumed", "session").flatMap(type ->
                fragment.list().ofMaxSize(20).map(parts -> "{\"type\":\"" + type + "\"," + String.join("", parts)));
        return Arbitraries.oneOf(line, typed).list().ofMaxSize(20);
    }
}

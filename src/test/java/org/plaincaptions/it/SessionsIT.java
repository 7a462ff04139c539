package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code transcribe} saves a session; {@code sessions} lists and deletes; {@code export} writes it back out. */
class SessionsIT {
    @TempDir
    Path home;

    private Jar.Result run(String... args) throws Exception {
        return Jar.runIn(home, null, args);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            txt,   plain
            srt,   plain
            vtt,   raw
            jsonl, plain
            """)
    void aTranscribedRunIsSavedAndExportsToExactlyWhatWasPrinted(String format, String track) throws Exception {
        Jar.Result printed = run("transcribe", Speech.fixture("session-mixed").toString(), "--format", format,
                "--track", track);
        Jar.Result exported = run("export", "latest", "--format", format, "--track", track);

        assertThat(printed.exit()).as(printed.err()).isZero();
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.err()).isEmpty();
        assertThat(exported.out()).isNotBlank().isEqualTo(printed.out());
    }

    @Test
    void sessionsListsEachRunNewestFirstAndDeleteRemovesOne() throws Exception {
        run("transcribe", Speech.fixture("help-kal").toString(), "--stats");
        Thread.sleep(1100); // names are by the second
        String id = Jar.runIn(home, null, "transcribe", Speech.fixture("council-awb").toString(), "--stats")
                .lastErrLine().replaceAll(".*\"session\": \"([^\"]+)\".*", "$1");

        Jar.Result listed = run("sessions");
        assertThat(listed.exit()).as(listed.err()).isZero();
        List<String> lines = listed.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(id).contains("captions  ended").endsWith("council-awb.wav");
        assertThat(lines.get(1)).endsWith("help-kal.wav");

        Jar.Result deleted = run("sessions", "--delete", id);
        assertThat(deleted.out()).isEqualTo("Deleted session " + id + "\n");
        assertThat(run("sessions").out().lines()).singleElement().asString().endsWith("help-kal.wav");
    }

    @Test
    void exportWritesTextWithTimesToAFile() throws Exception {
        run("transcribe", Speech.fixture("session-mixed").toString(), "--output", home.resolve("t.txt").toString());
        Path out = home.resolve("minutes.txt");

        Jar.Result result = run("export", "latest", "--format", "txt-times", "--output", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(4).allSatisfy(l -> assertThat(l).matches("\\[00:00:\\d\\d\\] .+"));
    }

    @Test
    void anUnknownSessionIsOneLineAndExitOne() throws Exception {
        run("transcribe", Speech.fixture("help-kal").toString());

        Jar.Result result = run("export", "2019-01-01");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "plain-captions: No session is called '2019-01-01'; list them with: plain-captions sessions");
    }

    @Test
    void aBadAudioFileIsOneLineAndLeavesNoSessionBehind() throws Exception {
        Path notAudio = Files.writeString(home.resolve("minutes.wav"), "the minutes of the last meeting\n".repeat(40));
        Path empty = Files.write(home.resolve("empty.wav"), new byte[0]);

        for (Path bad : List.of(notAudio, empty)) {
            Jar.Result result = run("transcribe", bad.toString());
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.errLines()).singleElement().asString().startsWith("plain-captions: Cannot read audio file "
                    + bad + ": ");
        }
        assertThat(run("sessions").out()).startsWith("No sessions yet in ");
    }

    @Test
    void cleanUpDeletesSessionsOlderThanTheAge() throws Exception {
        run("transcribe", Speech.fixture("help-kal").toString());

        Jar.Result kept = run("sessions", "--clean-up", "30");
        Jar.Result cleaned = run("sessions", "--clean-up", "0");

        assertThat(kept.out()).isEqualTo("0 sessions older than 30 days deleted.\n");
        assertThat(cleaned.out()).matches("Deleted session \\S+\n1 session older than 0 days deleted.\n");
        assertThat(run("sessions").out()).startsWith("No sessions yet in ");
    }

    @Test
    void aSessionsFolderThatCannotBeMadeCostsTheSessionNotTheTranscript() throws Exception {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/plain-captions"), "a file where the folder should be");

        Jar.Result result = run("transcribe", Speech.fixture("help-kal").toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsIgnoringCase("if you need help with anything today");
        assertThat(result.errLines()).singleElement().asString().startsWith("plain-captions: Cannot start a session in "
                + Jar.sessions(home)).endsWith("The transcript is written all the same.");
    }

    @Test
    void noSessionSkipsTheSession() throws Exception {
        Jar.Result result = run("transcribe", Speech.fixture("help-kal").toString(), "--no-session");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Jar.sessions(home)).doesNotExist();
    }
}

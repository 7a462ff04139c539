package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: exit codes, one-line messages, no stack traces. */
class CommandLineIT {
    @TempDir
    Path tmp;

    @Test
    void helpListsTheCommands() throws Exception {
        Jar.Result result = Jar.run("--help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("transcribe", "simplify", "devices", "sessions", "export")
                .doesNotContain("vosk-baseline");
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (String command : new String[] {"transcribe", "simplify", "devices", "sessions", "export"}) {
            Jar.Result result = Jar.run(command, "--help");
            assertThat(result.exit()).as(command).isZero();
            assertThat(result.out()).as(command).startsWith("Usage: plain-captions " + command);
        }
        assertThat(Jar.run("transcribe", "--help").out()).contains("--no-session", "txt-times");
        assertThat(Jar.run("export", "--help").out()).contains("SESSION", "latest");
    }

    @Test
    void aMissingFileIsOneLineNamingItAndExitOne() throws Exception {
        Jar.Result result = Jar.run("transcribe", tmp.resolve("nope.wav").toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("nope.wav").contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void aFileThatIsNotAudioIsOneLineAndExitOne() throws Exception {
        Path notes = Files.writeString(tmp.resolve("minutes.wav"), "these are the minutes, not audio\n".repeat(50));
        Jar.Result result = Jar.run("transcribe", notes.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("minutes.wav").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownFormatIsAUsageErrorWithExitTwo() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("help-kal").toString(), "--format", "docx");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("'docx' is not a format: use txt, txt-times, srt, vtt or jsonl");
    }

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        assertThat(Jar.run("transcribbe", "x.wav").exit()).isEqualTo(2);
    }

    @Test
    void aMissingModelNamesTheFolderAndHowToGetIt() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("help-kal").toString(), "--model",
                tmp.resolve("no-model").toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains(tmp.resolve("no-model").toString()).contains("mvn package");
    }

    @Test
    void anUnwritableOutputIsOneLine() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("help-kal").toString(), "--output",
                tmp.resolve("no/such/folder/out.txt").toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("out.txt");
    }

    @Test
    void simplifyIsOneLineOutForOneLineIn() throws Exception {
        String input = "we need to leverage this\n\nprior to the meeting\nhello\n";
        Jar.Result result = Jar.runWithInput(input, "simplify");
        assertThat(result.exit()).as(result.err()).isZero();
        String[] lines = result.out().split("\n", -1);
        assertThat(lines).hasSize(5); // four lines and the final newline
        assertThat(lines[0].toLowerCase()).contains("use").doesNotContain("leverage");
        assertThat(lines[1]).isEmpty();
        assertThat(lines[2].toLowerCase()).contains("before").doesNotContain("prior");
        assertThat(lines[3].toLowerCase()).contains("hello");
    }

    @Test
    void simplifyTakesTheMeetingsGlossaryLastSoItWins() throws Exception {
        Path glossary = Files.writeString(tmp.resolve("meeting.csv"), "term,plain\nleverage,make the most of\n");
        Jar.Result result = Jar.runWithInput("we leverage it\n", "simplify", "--glossary", glossary.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().toLowerCase()).contains("make the most of");
    }

    @Test
    void aMissingGlossaryIsOneLineAndExitOne() throws Exception {
        Jar.Result result = Jar.runWithInput("x\n", "simplify", "--glossary", tmp.resolve("gone.csv").toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("gone.csv");
    }

    @Test
    void devicesListsInputsOneALineWithoutFailing() throws Exception {
        Jar.Result result = Jar.run("devices");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line).isNotBlank());
    }
}

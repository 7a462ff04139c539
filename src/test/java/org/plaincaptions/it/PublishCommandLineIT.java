package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line's --publish and reader-page: bad input is one line that says what to do. */
class PublishCommandLineIT {

    @Test
    void aPublishUrlThatIsNotOneIsOneLineAndNothingRuns() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("help-kal").toString(), "--publish", "edge.example/pub/x");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("plain-captions: --publish: \"edge.example/pub/x\" does not start"
                + " with http:// or https://: give the edge's publisher URL, for example http://edge.example:8080/pub/hall-a.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anEdgeThatIsNotThereLeavesTheTranscriptWholeAndSaysSo() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        Jar.Result alone = Jar.run("transcribe", Speech.fixture("meeting-slt").toString(), "--no-session");
        Jar.Result published = Jar.run("transcribe", Speech.fixture("meeting-slt").toString(), "--no-session",
                "--publish", "http://127.0.0.1:" + port + "/pub/hall-a");

        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).isEqualTo(alone.out());
        assertThat(published.errLines()).anyMatch(line -> line.matches("plain-captions: \\d+ captions? did not reach"
                + " the edge at http://127\\.0\\.0\\.1:" + port + "/pub/hall-a: it could not be reached\\. They are in"
                + " this computer's transcript\\."));
    }

    @Test
    void theReaderPageIsNotWrittenOverAFile() throws Exception {
        Path file = Files.createTempFile("pc-not-a-folder", ".txt");

        Jar.Result result = Jar.run("reader-page", "--output", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("plain-captions: Cannot write the reader page into " + file
                + ": it is a file, not a folder.");
    }
}

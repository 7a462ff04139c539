package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.plaincaptions.share.Browser;
import org.plaincaptions.testsupport.EdgeServer;

/**
 * Beyond one laptop, end to end: the packaged jar's {@code transcribe --realtime --publish} on a
 * recording, a real nginx + nchan on loopback (deploy/nginx/plain-captions.conf) serving the reader page
 * the jar wrote ({@code reader-page --output}), and that page in headless Chromium.
 */
class EdgeReadersIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private Path work;
    private EdgeServer edge;

    @BeforeEach
    void startEdge() throws Exception {
        Browser.assumeInstalled();
        work = Files.createTempDirectory("pc-edge-it");
        Path www = work.resolve("www");
        Jar.Result page = Jar.run("reader-page", "--output", www.toString());
        assertThat(page.exit()).as(page.err()).isZero();
        assertThat(www.resolve("index.html")).exists();
        assertThat(Files.readString(www.resolve("config.json"))).isEqualTo("{\"stream\":\"events\",\"signal\":null}");
        edge = EdgeServer.start(www);
    }

    @AfterEach
    void stop() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        for (AutoCloseable c : open) {
            c.close();
        }
        if (edge != null) {
            edge.close();
        }
    }

    private Browser reader(String room) throws IOException {
        Browser browser = Browser.open();
        open.add(browser);
        browser.driver().get(edge.pageUrl(room));
        return browser;
    }

    private static List<String> shown(Browser browser) {
        List<String> all = browser.js("return [...document.querySelectorAll('#log .caption .plain-text')]"
                + ".map(e => e.textContent)");
        return all.stream().filter(s -> !s.isBlank()).toList();
    }

    /** {@code transcribe --realtime --publish URL FILE}, its transcript (plain text) and messages in files. */
    private Process transcribe(Path audio, String room, Path transcript, Path messages) throws IOException {
        Process p = Jar.builder(work.resolve("home-" + room), "transcribe", audio.toString(), "--realtime",
                "--publish", edge.publisherUrl(room), "--model", Jar.MODEL.toString())
                .redirectOutput(transcript.toFile()).redirectError(messages.toFile()).start();
        processes.add(p);
        return p;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(s -> !s.isBlank()).toList();
    }

    private static int ended(Process p) throws InterruptedException {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("transcribe ended").isTrue();
        return p.exitValue();
    }

    @Test
    void readersThroughTheEdgeSeeTheCaptionsJoinLateAndCatchUpAfterTheEdgeCrashes() throws Exception {
        Path audio = work.resolve("three-times.wav");
        Path mixed = Speech.fixture("session-mixed");
        Process sox = new ProcessBuilder("sox", mixed.toString(), mixed.toString(), mixed.toString(), audio.toString())
                .inheritIO().start();
        assertThat(sox.waitFor()).isZero();
        Browser early = reader("hall-a");
        assertThat(early.driver().findElement(By.id("signal-result")).getText())
                .isEqualTo("Signals to the facilitator are not available here.");
        assertThat(early.driver().findElement(By.id("signal-lost")).isEnabled()).isFalse();

        Path transcript = work.resolve("transcript.txt");
        Path messages = work.resolve("messages.txt");
        Process run = transcribe(audio, "hall-a", transcript, messages);

        await().atMost(PATIENCE).until(() -> shown(early).size() >= 2);
        Browser late = reader("hall-a");
        await().atMost(PATIENCE).until(() -> shown(late).size() >= 2);
        assertThat(shown(late).subList(0, 2)).isEqualTo(shown(early).subList(0, 2));

        edge.kill();
        int atKill = lines(transcript).size();
        await().atMost(PATIENCE).until(() -> Files.readString(messages).contains("Cannot publish to the edge at "
                + edge.publisherUrl("hall-a")));
        await().atMost(PATIENCE).until(() -> lines(transcript).size() >= atKill + 2);
        assertThat(run.isAlive()).as("captions go on while the edge is down").isTrue();
        List<String> shownDuringOutage = shown(early);
        edge.restart();

        await().atMost(PATIENCE).until(() -> Files.readString(messages).contains("Publishing to the edge at "
                + edge.publisherUrl("hall-a") + " again"));
        assertThat(ended(run)).as(Files.readString(messages)).isZero();
        List<String> said = lines(transcript);
        assertThat(said).as("the transcript has every caption, the outage's too").hasSizeGreaterThanOrEqualTo(8);
        assertThat(shownDuringOutage).hasSizeLessThan(said.size());
        Browser afterwards = reader("hall-a");
        for (Browser b : List.of(early, late, afterwards)) {
            await().atMost(PATIENCE).until(() -> shown(b).equals(said));
        }
        assertThat(early.consoleErrors()).as("nothing refused by the Content-Security-Policy")
                .noneMatch(e -> e.contains("Content Security Policy"));
    }

    @Test
    void twoRoomsAtOnceOnOneEdgeEachReaderSeesOnlyItsRoom() throws Exception {
        Browser inA = reader("hall-a");
        Browser inB = reader("hall-b");
        Path transcriptA = work.resolve("a.txt");
        Path transcriptB = work.resolve("b.txt");
        Process a = transcribe(Speech.fixture("meeting-slt"), "hall-a", transcriptA, work.resolve("a.err"));
        Process b = transcribe(Speech.fixture("council-awb"), "hall-b", transcriptB, work.resolve("b.err"));

        assertThat(ended(a)).isZero();
        assertThat(ended(b)).isZero();
        List<String> saidA = lines(transcriptA);
        List<String> saidB = lines(transcriptB);
        assertThat(String.join(" ", saidA)).contains("meeting");
        assertThat(String.join(" ", saidB)).contains("council");
        await().atMost(PATIENCE).until(() -> shown(inA).equals(saidA) && shown(inB).equals(saidB));
        Browser lateB = reader("hall-b");
        await().atMost(PATIENCE).until(() -> shown(lateB).equals(saidB));
        assertThat(String.join(" ", shown(inA))).doesNotContain("council");
        assertThat(String.join(" ", shown(inB))).doesNotContain("meeting");
    }
}

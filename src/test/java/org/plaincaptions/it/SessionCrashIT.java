package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.session.SessionEntry;
import org.plaincaptions.session.SessionRecord;
import org.plaincaptions.session.SessionStore;

/**
 * {@code kill -9} in the middle of live captions: the session on disk holds every caption printed before
 * the kill (at most the last second may be missing), is listed as interrupted, and is kept.
 */
class SessionCrashIT {
    private static final long ONE_SECOND = 1_000_000_000L;

    @TempDir
    Path home;

    /** A line printed by the child, and when. */
    private record Printed(String line, long nanos) {
    }

    @Test
    void killNineLosesAtMostTheLastSecondAndTheSessionIsKeptAsInterrupted() throws Exception {
        Process child = Jar.builder(home, "transcribe", Speech.fixture("session-mixed").toString(), "--realtime")
                .redirectError(home.resolve("err.txt").toFile()).start();
        List<Printed> printed = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    printed.add(new Printed(line, System.nanoTime()));
                }
            } catch (java.io.IOException e) {
                // the child was killed: its output ends here
            }
        });
        reader.start();
        long deadline = System.nanoTime() + 90 * ONE_SECOND;
        while (printed.size() < 2 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(printed).as("captions printed before the kill").hasSizeGreaterThanOrEqualTo(2);
        Thread.sleep(300);

        long killedAt = System.nanoTime();
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing, nothing
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
        reader.join(5000);

        Jar.Result listed = Jar.runIn(home, null, "sessions");
        assertThat(listed.out().lines()).singleElement().asString().contains("interrupted")
                .endsWith("session-mixed.wav");
        Jar.Result exported = Jar.runIn(home, null, "export", "latest", "--format", "txt");
        assertThat(exported.exit()).as(exported.err()).isZero();
        List<String> exportedLines = exported.out().lines().toList();
        // The utterance open at the kill is saved as its last draft (decision 0007): not among the printed finals.
        SessionRecord record = new SessionStore(Jar.sessions(home)).read(listed.out().lines().findFirst().orElseThrow()
                .split(" ")[0]);
        boolean draftLast = !record.entries().isEmpty()
                && record.entries().get(record.entries().size() - 1) instanceof SessionEntry.Said said && said.unfinished();
        List<String> saved = draftLast ? exportedLines.subList(0, exportedLines.size() - 1) : exportedLines;
        List<String> printedLines = printed.stream().map(Printed::line).toList();
        assertThat(printedLines).startsWith(saved.toArray(String[]::new));
        for (Printed p : printed) {
            if (killedAt - p.nanos() > ONE_SECOND) {
                assertThat(saved).as("printed %.1f s before the kill", (killedAt - p.nanos()) / 1e9).contains(p.line());
            }
        }
        assertThat(saved).hasSizeGreaterThanOrEqualTo(printed.size() - 1);

        // The next run says so once, starts a new session and leaves the interrupted one as it was.
        Jar.Result next = Jar.runIn(home, null, "transcribe", Speech.fixture("help-kal").toString());
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.errLines()).singleElement().asString().startsWith("plain-captions: session ")
                .contains("(session-mixed.wav) was interrupted; it is kept as it was, " + exportedLines.size() + " captions");
        assertThat(Jar.runIn(home, null, "transcribe", Speech.fixture("help-kal").toString()).err()).isEmpty();
        List<String> sessions = Jar.runIn(home, null, "sessions").out().lines().toList();
        assertThat(sessions).hasSize(3);
        assertThat(sessions.get(2)).contains("interrupted").endsWith("session-mixed.wav");
        assertThat(Jar.runIn(home, null, "export", sessions.get(2).split(" ")[0]).out().lines()).isEqualTo(exportedLines);
    }
}

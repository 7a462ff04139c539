package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.session.SessionEntry;
import org.plaincaptions.session.SessionRecord;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;

/**
 * {@code kill -9} in the middle of a long utterance of fluent speech: the open utterance's words were only
 * a partial result, and the session still holds what was shown up to two seconds before the kill, as its
 * last caption marked unfinished (decision 0007).
 */
class FluentCrashIT {
    private static final long ONE_SECOND = 1_000_000_000L;
    /** About 25 s of speech heard (flite speaks some 2.7 words a second): the kill comes at about 25 s. */
    private static final int WORDS_BEFORE_KILL = 70;
    /** The open utterance has shown this many words: it has been open for seconds, well before its final. */
    private static final int OPEN_WORDS_BEFORE_KILL = 12;

    @TempDir
    Path home;

    /** A caption the child showed (partial or final), and when the test read it. */
    private record Shown(boolean isFinal, long sequence, String raw, long nanos) {
        int words() {
            return raw.isBlank() ? 0 : raw.split(" ").length;
        }
    }

    @Test
    void killNineMidUtteranceKeepsWhatWasShownUpToTwoSecondsBefore() throws Exception {
        Path audio = fluentSpeech(home.resolve("fluent.wav"));
        long startedAt = System.nanoTime();
        Process child = Jar.builder(home, "transcribe", audio.toString(), "--realtime", "--print-shown")
                .redirectOutput(home.resolve("out.txt").toFile()).start();
        List<Shown> shown = new CopyOnWriteArrayList<>();
        List<String> otherErr = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    String[] parts = line.split("\t", 3);
                    if (parts.length == 3 && (parts[0].equals("partial") || parts[0].equals("final"))) {
                        shown.add(new Shown(parts[0].equals("final"), Long.parseLong(parts[1]), parts[2], System.nanoTime()));
                    } else {
                        otherErr.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed: its output ends here
            }
        });
        reader.start();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> readyToKill(shown) || !child.isAlive());
        assertThat(readyToKill(shown)).as("%s words shown, the open utterance long, before the kill; stderr: %s",
                WORDS_BEFORE_KILL, otherErr).isTrue();

        long killedAt = System.nanoTime();
        Instant killedInstant = Instant.now();
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing, nothing
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
        reader.join(5000);

        SessionStore store = new SessionStore(Jar.sessions(home));
        List<SessionSummary> sessions = store.list(p -> { });
        assertThat(sessions).singleElement().extracting(SessionSummary::state).isEqualTo(SessionSummary.State.INTERRUPTED);
        SessionRecord record = store.read(sessions.get(0).id());
        List<SessionEntry.Said> said = record.entries().stream().filter(e -> e instanceof SessionEntry.Said)
                .map(e -> (SessionEntry.Said) e).toList();

        // No utterance is there twice (a draft and its final), and only the last caption can be unfinished.
        Set<Long> sequences = new HashSet<>();
        for (SessionEntry.Said s : said) {
            assertThat(sequences.add(s.caption().sequence())).as("utterance %d saved once", s.caption().sequence()).isTrue();
        }
        for (int i = 0; i < said.size() - 1; i++) {
            assertThat(said.get(i).unfinished()).as("caption %d of %d", i, said.size()).isFalse();
        }

        // Every final shown more than a second before the kill is there word for word.
        for (Shown f : shown) {
            if (f.isFinal() && !f.raw().isBlank() && killedAt - f.nanos() > ONE_SECOND) {
                assertThat(said).as("final %d", f.sequence())
                        .anySatisfy(s -> assertThat(s.caption().raw()).isEqualTo(f.raw()));
            }
        }

        // The open utterance: its newest partial shown two seconds before the kill, or a later one, is saved.
        Shown twoSecondsBefore = null;
        for (Shown s : shown) {
            if (!s.isFinal() && killedAt - s.nanos() >= 2 * ONE_SECOND) {
                twoSecondsBefore = s;
            }
        }
        assertThat(twoSecondsBefore).as("a partial shown 2 s before the kill").isNotNull();
        long open = twoSecondsBefore.sequence();
        boolean finalShown = shown.stream().anyMatch(s -> s.isFinal() && s.sequence() == open);
        SessionEntry.Said last = said.get(said.size() - 1);
        List<String> sameOrLater = new ArrayList<>();
        for (int i = shown.indexOf(twoSecondsBefore); i < shown.size(); i++) {
            if (!shown.get(i).isFinal() && shown.get(i).sequence() == open) {
                sameOrLater.add(shown.get(i).raw());
            }
        }
        if (!finalShown) {
            assertThat(last.unfinished()).as("the open utterance %d is the unfinished last caption", open).isTrue();
            assertThat(last.caption().sequence()).isEqualTo(open);
            assertThat(sameOrLater).as("the draft is what was shown 2 s before the kill, or later")
                    .contains(last.caption().raw());
        } else {
            assertThat(said).as("utterance %d ended before the kill: its final is saved", open)
                    .anySatisfy(s -> assertThat(s.caption().sequence()).isEqualTo(open));
        }

        // The app's own export shows the unfinished caption as normal text, last.
        Jar.Result exported = Jar.runIn(home, null, "export", "latest", "--format", "txt", "--track", "raw");
        assertThat(exported.exit()).as(exported.err()).isZero();
        List<String> lines = exported.out().lines().toList();
        assertThat(lines).hasSize(said.size());
        assertThat(lines.get(lines.size() - 1)).isEqualToIgnoringCase(last.caption().raw());

        List<String> fileLines = java.nio.file.Files.readAllLines(Jar.sessions(home).resolve(record.id() + ".jsonl"));
        long drafts = fileLines.stream().filter(l -> l.contains("\"type\":\"draft\"")).count();
        long draftBytes = fileLines.stream().filter(l -> l.contains("\"type\":\"draft\"")).mapToLong(l -> l.length() + 1).sum();
        System.out.printf("FluentCrashIT: session file %d lines, %d of them drafts (%d bytes of drafts)%n",
                fileLines.size(), drafts, draftBytes);
        Shown newest = shown.stream().filter(s -> !s.isFinal()).reduce((a, b) -> b).orElseThrow();
        System.out.printf("FluentCrashIT: killed %.1f s after start; %d captions saved, last %s (utterance %d, %d"
                        + " words, saved %d ms before the kill); shown then: %d words, newest partial %d words%n",
                (killedAt - startedAt) / 1e9, said.size(), last.unfinished() ? "unfinished" : "final",
                last.caption().sequence(), last.caption().words().size(),
                Duration.between(last.at(), killedInstant).toMillis(), twoSecondsBefore.words(), newest.words());
    }

    /** Enough words heard, and the open utterance (no final yet) has shown many of them. */
    private static boolean readyToKill(List<Shown> shown) {
        int finalWords = 0;
        long lastFinal = -1;
        boolean anyFinal = false;
        Shown open = null;
        for (Shown s : shown) {
            if (s.isFinal()) {
                finalWords += s.words();
                lastFinal = s.sequence();
                anyFinal |= s.words() > 0;
                open = null;
            } else {
                open = s;
            }
        }
        return anyFinal && open != null && open.sequence() > lastFinal && open.words() >= OPEN_WORDS_BEFORE_KILL
                && finalWords + open.words() >= WORDS_BEFORE_KILL;
    }

    /**
     * Fluent speech: the committed recordings, their leading and trailing silence cut off, run together twice
     * with no pause between them (about 40 s), so utterances end only at the pause cuts' 8 s (decision 0005).
     */
    private static Path fluentSpeech(Path target) throws Exception {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        AudioFormat format = null;
        for (int round = 0; round < 2; round++) {
            for (String name : List.of("meeting-slt", "service-rms", "council-awb", "help-kal")) {
                try (AudioInputStream in = AudioSystem.getAudioInputStream(Speech.fixture(name).toFile())) {
                    format = in.getFormat();
                    byte[] bytes = in.readAllBytes();
                    int[] span = sounding(bytes);
                    pcm.write(bytes, span[0], span[1] - span[0]);
                }
            }
        }
        byte[] all = pcm.toByteArray();
        try (AudioInputStream out = new AudioInputStream(new ByteArrayInputStream(all), format,
                all.length / format.getFrameSize())) {
            AudioSystem.write(out, AudioFileFormat.Type.WAVE, target.toFile());
        }
        return target;
    }

    /** Byte offsets of the first and last sounding sample (16-bit little-endian mono), 20 ms kept either side. */
    private static int[] sounding(byte[] bytes) {
        int samples = bytes.length / 2;
        int first = -1;
        int last = -1;
        for (int i = 0; i < samples; i++) {
            int v = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            if (Math.abs(v) > 600) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        int margin = 320;
        return new int[] {2 * Math.max(0, first - margin), 2 * Math.min(samples, last + margin)};
    }
}

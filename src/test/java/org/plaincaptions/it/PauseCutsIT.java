package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.testsupport.WordEdits;

/**
 * Pause cuts through the packaged jar (decision 0005) on fluent speech: the flite fixtures one after
 * another with only 150 ms between sentences, too short for Vosk's own endpointing, so with cuts off
 * an utterance runs to the 20 s cap. Live pace ({@code --realtime}), as a microphone would give it:
 * a file read for its text has no partials, and the cutter then counts an utterance's length from
 * its start rather than from its first words shown, which moves the cuts.
 */
class PauseCutsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Cuts come after 8 s at the next pause; here the longest stretch with no pause is one fixture. */
    private static final double LONGEST_FIXTURE_S = 6.5;
    private static final double CUT_AFTER_S = 8;
    private static final int EDGE_SAMPLES = 1200; // 75 ms of flite's own quiet kept at each end: 150 ms gaps

    private static final List<String> ORDER = List.of("meeting-slt", "service-rms", "council-awb", "help-kal",
            "council-awb", "meeting-slt", "help-kal", "service-rms");

    @TempDir
    static Path tmp;
    private static Path fluent;

    @BeforeAll
    static void fluentSpeech() throws Exception {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (String name : ORDER) {
            pcm.write(trimmed(Speech.fixture(name)));
        }
        fluent = tmp.resolve("fluent.wav");
        AudioFormat format = new AudioFormat(16000, 16, 1, true, false);
        byte[] bytes = pcm.toByteArray();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(bytes), format, bytes.length / 2),
                AudioFileFormat.Type.WAVE, fluent.toFile());
    }

    @Test
    void cutsMakeShorterUtterancesWithTheSameWordsAndOffIsBareVosk() throws Exception {
        // Each in its own process, two at a time (each paced at live speed, well under a core).
        CompletableFuture<List<Utterance>> on = CompletableFuture.supplyAsync(() -> live("on"));
        CompletableFuture<List<Utterance>> off = CompletableFuture.supplyAsync(() -> live("off"));
        // A file read as fast as it can be runs on Vosk's own decoder chunk (decision 0009); bare Vosk too.
        Jar.Result bare = Jar.run("vosk-baseline", fluent.toString(), "--model", Jar.modelOnVosksOwnChunk(tmp).toString());
        Jar.Result ours = Jar.run("transcribe", fluent.toString(), "--track", "raw", "--pause-cuts", "off",
                "--no-session", "--model", Jar.MODEL.toString());
        assertThat(bare.exit()).as(bare.err()).isZero();
        assertThat(ours.exit()).as(ours.err()).isZero();
        assertThat(words(ours.out())).as("off: the raw track is bare Vosk's words")
                .isNotEmpty().containsExactlyElementsOf(words(bare.out()));

        List<Utterance> cut = on.get();
        List<Utterance> uncut = off.get();
        System.out.printf("pause cuts on:  %d utterances, seconds %s%npause cuts off: %d utterances, seconds %s%n",
                cut.size(), lengths(cut), uncut.size(), lengths(uncut));
        assertThat(uncut).as("off: speech this fluent runs to Vosk's 20 s cap")
                .anySatisfy(u -> assertThat(u.seconds()).isGreaterThan(15));
        assertThat(cut.size()).as("on: more utterances").isGreaterThan(uncut.size());
        assertThat(cut).as("on: each ends at the first pause after %s s", CUT_AFTER_S)
                .allSatisfy(u -> assertThat(u.seconds()).isLessThanOrEqualTo(CUT_AFTER_S + LONGEST_FIXTURE_S + 1));
        assertThat(cut.stream().mapToDouble(Utterance::seconds).max().orElseThrow())
                .isLessThan(uncut.stream().mapToDouble(Utterance::seconds).max().orElseThrow());

        List<String> cutWords = cut.stream().flatMap(u -> u.words().stream()).toList();
        List<String> uncutWords = uncut.stream().flatMap(u -> u.words().stream()).toList();
        int edits = WordEdits.distance(uncutWords, cutWords);
        List<String> said = said();
        int cutErrors = WordEdits.distance(said, cutWords);
        int uncutErrors = WordEdits.distance(said, uncutWords);
        System.out.printf("words: %d said, %d uncut (%d errors), %d cut (%d errors), %d edits between cut and uncut%n",
                said.size(), uncutWords.size(), uncutErrors, cutWords.size(), cutErrors, edits);
        System.out.printf("uncut: %s%ncut:   %s%n", uncut, cut);
        // The recogniser itself hears a word differently when an utterance starts elsewhere ("any than deck" /
        // "any them to death" for "anything today"): 12 edits in 131 words measured, none at a cut.
        assertThat(edits).as("edits between the words with and without cuts")
                .isLessThanOrEqualTo(Math.max(2, uncutWords.size() / 10));
        assertThat(cutErrors).as("errors against what was said, with cuts (%d without)", uncutErrors)
                .isLessThanOrEqualTo(uncutErrors + 2);
        String heard = String.join(" ", uncutWords);
        for (int k = 0; k + 1 < cut.size(); k++) {
            List<String> a = cut.get(k).words();
            List<String> b = cut.get(k + 1).words();
            String last = a.get(a.size() - 1);
            assertThat(last.equals(b.get(0)) && !heard.contains(last + " " + last))
                    .as("word doubled at the cut: %s / %s", a, b).isFalse();
        }
    }

    private static List<String> said() throws Exception {
        List<String> words = new ArrayList<>();
        for (String name : ORDER) {
            words.addAll(words(Files.readString(Speech.FIXTURES.resolve(name + ".txt"))));
        }
        return words;
    }

    private record Utterance(double start, double end, List<String> words) {
        @Override
        public String toString() {
            return String.join(" ", words);
        }

        double seconds() {
            return end - start;
        }
    }

    private static List<Utterance> live(String cuts) {
        try {
            Path out = tmp.resolve("cuts-" + cuts + ".jsonl");
            Jar.Result result = Jar.run("transcribe", fluent.toString(), "--realtime", "--format", "jsonl",
                    "--pause-cuts", cuts, "--no-session", "--model", Jar.MODEL.toString(), "--output", out.toString());
            assertThat(result.exit()).as(result.err()).isZero();
            List<Utterance> utterances = new ArrayList<>();
            for (String line : Files.readAllLines(out)) {
                JsonNode node = JSON.readTree(line);
                List<String> words = words(node.get("raw").asText());
                if (!words.isEmpty()) {
                    utterances.add(new Utterance(node.get("start").asDouble(), node.get("end").asDouble(), words));
                }
            }
            return utterances;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lengths(List<Utterance> utterances) {
        return utterances.stream().map(u -> String.format("%.1f", u.seconds())).toList();
    }

    /** The fixture's samples with all but {@link #EDGE_SAMPLES} of its leading and trailing quiet removed. */
    private static byte[] trimmed(Path wav) throws Exception {
        byte[] bytes;
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            bytes = in.readAllBytes();
        }
        int samples = bytes.length / 2;
        int first = 0;
        while (first < samples && Math.abs(sample(bytes, first)) < 300) {
            first++;
        }
        int last = samples - 1;
        while (last > first && Math.abs(sample(bytes, last)) < 300) {
            last--;
        }
        int from = Math.max(0, first - EDGE_SAMPLES);
        int to = Math.min(samples, last + 1 + EDGE_SAMPLES);
        return Arrays.copyOfRange(bytes, from * 2, to * 2);
    }

    private static int sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }

    private static List<String> words(String text) {
        return Stream.of(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}

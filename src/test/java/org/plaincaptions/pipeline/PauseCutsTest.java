package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plaincaptions.testsupport.WordEdits;
import org.plaincaptions.audio.ByteArraySource;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.speech.SpeechModel;

/**
 * Pause cuts on the real model (decision 0005): on speech with no pause long enough for Vosk, they end
 * utterances sooner, and against the uncut run no word is duplicated or lost at a cut beyond the
 * recogniser's own differences (compared by alignment).
 */
class PauseCutsTest {
    private static final Path MODEL = Path.of(System.getProperty("plaincaptions.model", "models/vosk-model-small-en-us-0.15"));
    private static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");
    private static final PlainRewriter AS_SAID = PlainRewriter.VERBATIM;
    private static SpeechModel model;

    @BeforeAll
    static void load() throws Exception {
        model = SpeechModel.load(MODEL);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void flitesVoicesOneAfterAnother() throws Exception {
        check(pcm(Stream.of("meeting-slt", "service-rms", "council-awb", "help-kal")
                .map(n -> Path.of("src/test/resources/speech", n + ".wav")).toList()));
    }

    @Test
    void theRealHumanRecordingsOneAfterAnother() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(LIBRIVOX), "pocketsphinx-testdata is not installed");
        try (Stream<Path> files = Files.list(LIBRIVOX)) {
            check(pcm(files.filter(f -> f.toString().endsWith(".wav")).sorted().toList()));
        }
    }

    @Test
    void theRealHumanRecordingsWithNoiseUnderThem() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(LIBRIVOX), "pocketsphinx-testdata is not installed");
        try (Stream<Path> files = Files.list(LIBRIVOX)) {
            byte[] speech = pcm(files.filter(f -> f.toString().endsWith(".wav")).sorted().toList());
            java.util.Random random = new java.util.Random(12);
            for (int i = 0; i + 1 < speech.length; i += 2) { // white noise about 35 dB under full scale
                int s = (short) ((speech[i] & 0xff) | (speech[i + 1] << 8)) + (int) (random.nextGaussian() * 500);
                s = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, s));
                speech[i] = (byte) s;
                speech[i + 1] = (byte) (s >> 8);
            }
            check(speech);
        }
    }

    private static void check(byte[] pcm) throws Exception {
        List<List<String>> uncut = finals(pcm, PauseCutter.Settings.OFF);
        List<List<String>> cut = finals(pcm, PauseCutter.Settings.DEFAULT);
        List<String> all = uncut.stream().flatMap(List::stream).toList();
        List<String> allCut = cut.stream().flatMap(List::stream).toList();
        System.out.printf("uncut %d utterances %s%ncut   %d utterances %s%n", uncut.size(), uncut, cut.size(), cut);
        assertThat(cut.size()).as("utterances").isGreaterThanOrEqualTo(uncut.size());
        int distance = WordEdits.distance(all, allCut);
        System.out.printf("words %d uncut, %d cut, %d edits between them%n", all.size(), allCut.size(), distance);
        assertThat(distance).as("edits between cut and uncut words").isLessThanOrEqualTo(Math.max(2, all.size() / 10));
        for (int k = 0; k + 1 < cut.size(); k++) {
            List<String> a = cut.get(k);
            List<String> b = cut.get(k + 1);
            if (!a.isEmpty() && !b.isEmpty()) {
                String pair = a.get(a.size() - 1) + " " + b.get(0);
                boolean doubled = a.get(a.size() - 1).equals(b.get(0)) && !String.join(" ", all).contains(pair);
                assertThat(doubled).as("word doubled at the cut: %s / %s", a, b).isFalse();
            }
        }
    }

    private static List<List<String>> finals(byte[] pcm, PauseCutter.Settings cuts) throws Exception {
        EventLog events = new EventLog();
        CaptionPipeline pipeline = new CaptionPipeline(new ByteArraySource("speech", pcm), model::newRecognizer, AS_SAID,
                events, PipelineLimits.DEFAULT).cutAtPauses(cuts);
        pipeline.start();
        assertThat(pipeline.awaitEnd(120, TimeUnit.SECONDS)).isTrue();
        List<List<String>> out = new ArrayList<>();
        for (Caption c : events.finals()) {
            if (!c.raw().isBlank()) {
                out.add(Arrays.asList(c.raw().strip().split(" +")));
            }
        }
        return out;
    }

    private static byte[] pcm(List<Path> wavs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path wav : wavs) {
            try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
                out.write(in.readAllBytes());
            }
        }
        return out.toByteArray();
    }
}

package org.plaincaptions.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.Pace;

/**
 * The built default model loaded for final results only runs on Vosk's own decoder chunk (decision
 * 0009): on real speech through the real model its partial results change less often than the live
 * model's, its final words are the same speech, and it keeps recognising after its temporary view is gone.
 */
class FinalsOnlyModelTest {
    private static final Path MODEL = Path.of(System.getProperty("plaincaptions.model", "models/vosk-model-small-en-us-0.15"));
    private static final Path SPEECH = Path.of("src/test/resources/speech/meeting-slt.wav");

    /** The shortest audio time between two changes of the partial result, and the final words. */
    private record Heard(double shortestGap, List<String> words) {
    }

    private static Heard hear(SpeechModel model) throws Exception {
        double shortest = Double.MAX_VALUE;
        double changed = Double.NaN;
        List<String> words = new ArrayList<>();
        String last = "";
        FileSource source = new FileSource(SPEECH, Pace.AS_FAST_AS_POSSIBLE);
        source.open();
        try (SpeechRecognizer recognizer = model.newRecognizer()) {
            AudioChunk chunk;
            while ((chunk = source.read()) != null) {
                Utterance u = recognizer.accept(chunk);
                if (u.isFinal()) {
                    u.words().forEach(w -> words.add(w.text()));
                    changed = Double.NaN; // gaps within an utterance only
                } else if (!u.isEmpty() && !u.text().equals(last)) {
                    if (!Double.isNaN(changed)) {
                        shortest = Math.min(shortest, chunk.endSeconds() - changed);
                    }
                    changed = chunk.endSeconds();
                }
                last = u.isFinal() ? "" : u.text();
            }
            recognizer.finish().words().forEach(w -> words.add(w.text()));
        } finally {
            source.close();
        }
        return new Heard(shortest, words);
    }

    @Test
    void theFinalsOnlyModelDecodesOnVosksOwnChunkAndHearsTheSameSpeech() throws Exception {
        Heard live;
        try (SpeechModel model = SpeechModel.load(MODEL)) {
            live = hear(model);
        }
        Heard finals;
        try (SpeechModel model = SpeechModel.loadForFinalsOnly(MODEL)) {
            assertThat(model.folder()).as("named by the model's own folder, not the view").isEqualTo(MODEL);
            hear(model); // a first pass: the view is gone already, later recognisers must not need it
            finals = hear(model);
        }
        assertThat(finals.words()).hasSizeGreaterThan(15);
        // The acoustic model runs on 150 ms at a time live, on Vosk's own 240 ms here: partial results
        // can change no sooner than that after each other (in the 50 ms steps the audio is fed).
        assertThat(live.shortestGap()).isLessThan(0.199);
        assertThat(finals.shortestGap()).isGreaterThan(0.199);
        long same = finals.words().stream().filter(live.words()::contains).count();
        assertThat(same).as("final words also heard by the live model").isGreaterThanOrEqualTo(finals.words().size() * 9L / 10);
    }
}

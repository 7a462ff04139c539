package org.plaincaptions.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.Pace;

/**
 * Partial results with and without word timings, on the real model and real speech: with them, each
 * partial word has a start and end inside the audio heard so far; without them (the app's choice,
 * decision 0004), words come without times but the partial changes several times as often.
 */
class PartialTimingsTest {
    private static final Path MODEL = Path.of(System.getProperty("plaincaptions.model", "models/vosk-model-small-en-us-0.15"));
    private static final Path SPEECH = Path.of("src/test/resources/speech/meeting-slt.wav");
    private static SpeechModel model;

    @BeforeAll
    static void load() throws Exception {
        model = SpeechModel.load(MODEL);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private record Heard(double at, Utterance utterance) {
    }

    private static List<Heard> partials(SpeechRecognizer recognizer) throws Exception {
        List<Heard> changes = new ArrayList<>();
        String last = "";
        FileSource source = new FileSource(SPEECH, Pace.AS_FAST_AS_POSSIBLE);
        source.open();
        try (recognizer) {
            AudioChunk chunk;
            while ((chunk = source.read()) != null) {
                Utterance u = recognizer.accept(chunk);
                if (!u.isFinal() && !u.isEmpty() && !u.text().equals(last)) {
                    changes.add(new Heard(chunk.endSeconds(), u));
                }
                last = u.isFinal() ? "" : u.text();
            }
        } finally {
            source.close();
        }
        return changes;
    }

    @Test
    void partialWordsCarryTheirTimesWhenAskedAndTheAppsPartialsChangeMoreOften() throws Exception {
        List<Heard> timed = partials(model.newRecognizerWithPartialTimings());
        List<Heard> untimed = partials(model.newRecognizer());

        assertThat(timed).isNotEmpty().allSatisfy(h -> {
            List<Word> words = h.utterance().words();
            assertThat(words).allSatisfy(w -> {
                assertThat(w.start()).isFinite().isGreaterThanOrEqualTo(0);
                assertThat(w.end()).isFinite().isGreaterThan(w.start()).isLessThanOrEqualTo(h.at() + 0.05);
            });
            for (int i = 1; i < words.size(); i++) {
                assertThat(words.get(i).start()).isGreaterThanOrEqualTo(words.get(i - 1).start());
            }
            assertThat(String.join(" ", words.stream().map(Word::text).toList())).isEqualTo(h.utterance().text());
        });
        assertThat(untimed).isNotEmpty().allSatisfy(h -> assertThat(h.utterance().words())
                .allSatisfy(w -> assertThat(w.start()).isNaN()));
        System.out.printf("partial changes on %s: %d with word timings, %d without%n", SPEECH.getFileName(),
                timed.size(), untimed.size());
        assertThat(untimed.size()).as("partials change more often without word timings")
                .isGreaterThan(timed.size() * 2);
    }
}

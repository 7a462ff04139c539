package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plaincaptions.testsupport.WordEdits;
import org.plaincaptions.audio.MicrophoneSource;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.PlainStage;
import org.plaincaptions.speech.SpeechModel;
import org.plaincaptions.testsupport.VirtualMicrophone;

/** The whole live path with real parts: a (virtual) microphone, the real model, the plain stage. */
class MicrophonePipelineTest {
    private static final Path MODEL = Path.of(System.getProperty("plaincaptions.model",
            "models/vosk-model-small-en-us-0.15"));
    private static final Path SPEECH = Path.of("src/test/resources/speech/meeting-slt.wav");

    @RegisterExtension
    final VirtualMicrophone microphone = new VirtualMicrophone();

    @Test
    void speechIntoTheMicrophoneComesOutAsRawAndPlainCaptions() throws Exception {
        List<Caption> finals = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        CountDownLatch listening = new CountDownLatch(1);
        try (LiveCaptioning live = new LiveCaptioning(SpeechModel.load(MODEL), PlainStage.create(List.of(), w -> { }))) {
            CaptionPipeline pipeline = live.start(new MicrophoneSource(), new PipelineEvents() {
                @Override
                public void onCaption(Caption caption) {
                    if (caption.isFinal() && !caption.isEmpty()) {
                        finals.add(caption);
                    }
                }

                @Override
                public void onAudio(org.plaincaptions.audio.AudioChunk chunk, double backlogSeconds) {
                    listening.countDown();
                }

                @Override
                public void onProblem(String message) {
                    problems.add(message);
                }
            });
            // As in a meeting: Start, the microphone comes on, then the speaker talks.
            assertThat(listening.await(10, TimeUnit.SECONDS)).as("microphone delivering audio").isTrue();
            microphone.speakAndWait(SPEECH, Duration.ofSeconds(30));
            // The recogniser ends an utterance after about a second of silence.
            await().atMost(Duration.ofSeconds(120)).until(() -> String.join(" ", finals.stream()
                    .map(Caption::raw).toList()).contains("meeting"));
            live.stop();
            assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();
        }
        String raw = String.join(" ", finals.stream().map(Caption::raw).toList());
        String plain = String.join(" ", finals.stream().map(Caption::plain).toList()).toLowerCase();
        String said = Files.readString(SPEECH.resolveSibling("meeting-slt.txt")).strip();
        // A live line is not a file: on a busy machine PulseAudio can drop or repeat a few milliseconds, and
        // the recogniser may then hear a short word differently ("our" as "are"). The words must still be
        // what was said, to within two, and the plain track must have rewritten the jargon in them.
        assertThat(wordErrors(raw, said)).as("words differing from what was said: %s", raw).isLessThanOrEqualTo(2);
        assertThat(raw).contains("leverage").contains("prior to the next meeting");
        assertThat(plain).doesNotContain("leverage").doesNotContain("prior to").contains("before the next meeting");
        assertThat(problems).isEmpty();
        assertThat(finals).allSatisfy(c -> assertThat(c.end()).isGreaterThan(c.start()));
    }

    /** Words inserted, dropped or changed to turn {@code heard} into {@code said}. */
    static int wordErrors(String heard, String said) {
        return WordEdits.distance(List.of(heard.split(" ")), List.of(said.split(" ")));
    }
}

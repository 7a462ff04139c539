package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.ui.control.SourceChoice;

class MicrophoneCheckTest {
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<Double> levels = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A microphone that hears -30 dBFS every 10 ms until closed. */
    private AudioSource microphone(SourceChoice choice) {
        return new AudioSource() {
            private volatile boolean shut;
            private long next;

            @Override
            public String name() {
                return choice.label();
            }

            @Override
            public void open() throws AudioSourceException {
                if (choice.label().equals("Broken")) {
                    throw new AudioSourceException("Microphone 'Broken' is busy: close the other app using it.");
                }
                opened.add(choice.label());
            }

            @Override
            public AudioChunk read() {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (shut) {
                    return null;
                }
                next += 160;
                return new AudioChunk(new byte[320], next - 160, -30, System.nanoTime());
            }

            @Override
            public boolean isLive() {
                return true;
            }

            @Override
            public void close() {
                shut = true;
                closed.set(true);
            }
        };
    }

    private final MicrophoneCheck check = new MicrophoneCheck(this::microphone, c -> levels.add(c.levelDbfs()),
            problems::add);

    @Test
    void thePickedMicrophoneIsHeardBeforeStartAndLetGoWhenStopped() {
        check.listen(SourceChoice.device("USB Audio"));
        await().atMost(Duration.ofSeconds(20)).until(() -> levels.size() >= 2);
        assertThat(opened).containsExactly("USB Audio");
        assertThat(levels).containsOnly(-30.0);
        check.stopAndWait();
        assertThat(closed).isTrue();
        // Let go means the reading has ended, not just that no level came for a while.
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> !check.isListening());
        int heard = levels.size();
        check.listen(SourceChoice.recording(Path.of("talk.wav")));
        assertThat(check.isListening()).isFalse();
        assertThat(levels).hasSize(heard);
        check.close();
    }

    @Test
    void aRecordingIsNotCheckedAndAMicrophoneThatCannotOpenSaysWhy() {
        check.listen(SourceChoice.recording(Path.of("talk.wav")));
        check.listen(SourceChoice.device("Broken"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !problems.isEmpty());
        assertThat(opened).isEmpty();
        assertThat(problems).containsExactly("Microphone 'Broken' is busy: close the other app using it.");
        check.close();
    }
}

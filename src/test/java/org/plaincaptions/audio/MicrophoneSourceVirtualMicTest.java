package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plaincaptions.testsupport.VirtualMicrophone;

/** The real microphone path: Java Sound's default input, fed by a PulseAudio virtual microphone. */
class MicrophoneSourceVirtualMicTest {
    private static final Path SPEECH = Path.of("src/test/resources/speech/meeting-slt.wav");
    private static final double SPEECH_DBFS = -35;
    private static final int CHUNKS_A_SECOND = 20;

    @RegisterExtension
    final VirtualMicrophone microphone = new VirtualMicrophone();

    private static List<AudioChunk> read(AudioSource source, int chunks) throws AudioSourceException {
        List<AudioChunk> read = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            read.add(source.read());
        }
        return read;
    }

    /** Seconds from the first to the end of the last chunk louder than speech level. */
    private static double speechSpan(List<AudioChunk> chunks) {
        List<AudioChunk> loud = chunks.stream().filter(c -> c.levelDbfs() > SPEECH_DBFS).toList();
        return loud.isEmpty() ? 0 : loud.get(loud.size() - 1).endSeconds() - loud.get(0).startSeconds();
    }

    private static void assertContiguous(List<AudioChunk> chunks) {
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).startSample()).isEqualTo(chunks.get(i - 1).startSample() + chunks.get(i - 1).samples());
        }
    }

    @Test
    void hearsSpeechPlayedIntoTheMicrophoneAndQuietBeforeIt() throws Exception {
        double expectedSpan = speechSpan(FileSourceConversionTest.readAll(new FileSource(SPEECH, Pace.AS_FAST_AS_POSSIBLE)));
        try (MicrophoneSource mic = new MicrophoneSource()) {
            mic.open();
            List<AudioChunk> before = read(mic, CHUNKS_A_SECOND);
            Process speaking = microphone.speak(SPEECH);
            List<AudioChunk> during = new ArrayList<>();
            while (speaking.isAlive()) {
                during.add(mic.read());
            }
            during.addAll(read(mic, CHUNKS_A_SECOND));

            assertThat(before).allSatisfy(c -> assertThat(c.levelDbfs()).isLessThan(-60));
            assertThat(during).anySatisfy(c -> assertThat(c.levelDbfs()).isGreaterThan(SPEECH_DBFS));
            assertThat(speechSpan(during)).isCloseTo(expectedSpan, within(0.3));
            List<AudioChunk> all = new ArrayList<>(before);
            all.addAll(during);
            assertContiguous(all);
            assertThat(all.get(0).startSample()).isZero();
        }
    }

    @Test
    void hearsSilenceOnceUnpluggedAndSpeechAgainAfterReplugging() throws Exception {
        try (MicrophoneSource mic = new MicrophoneSource()) {
            mic.open();
            read(mic, 5);
            microphone.unplug(); // PulseAudio moves the recording to a silent source
            assertThat(read(mic, 2 * CHUNKS_A_SECOND)).allSatisfy(c -> assertThat(c.levelDbfs()).isLessThan(-60));
        }

        microphone.replug();
        try (MicrophoneSource mic = new MicrophoneSource()) {
            mic.open();
            read(mic, 5);
            microphone.speak(SPEECH);
            assertThat(read(mic, 3 * CHUNKS_A_SECOND)).anySatisfy(c -> assertThat(c.levelDbfs()).isGreaterThan(SPEECH_DBFS));
        }
    }

    @Test
    void saysTheMicrophoneStoppedWhenItStopsDeliveringSound() throws Exception {
        try (MicrophoneSource mic = new MicrophoneSource()) {
            mic.open();
            read(mic, 5);
            microphone.stallDelivery();

            assertThatThrownBy(() -> read(mic, 10 * CHUNKS_A_SECOND))
                    .isInstanceOf(AudioSourceException.class)
                    .hasMessageStartingWith("Microphone \"default microphone\" stopped sending sound (nothing for 4 s)");
        }
    }
}

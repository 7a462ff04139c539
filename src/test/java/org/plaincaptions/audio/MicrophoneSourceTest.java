package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

/** The microphone's read loop, on a fake device that captures in step with a fake clock. */
class MicrophoneSourceTest {
    private static final long T0 = 5_000_000_000L;
    private static final AudioFormat STUDIO = new AudioFormat(48_000, 16, 2, true, false);

    private final FakeClock clock = new FakeClock(T0);

    /** A device that has captured, at any moment, the sound up to that moment, until it stops sending. */
    private final class FakeLine implements CaptureLine {
        private final AudioFormat format;
        private final byte[] sound;
        private final long bytesPerSecond;
        private int consumed;
        private boolean closed;

        FakeLine(AudioFormat format, byte[] sound) {
            this.format = format;
            this.sound = sound;
            this.bytesPerSecond = (long) format.getFrameRate() * format.getFrameSize();
        }

        @Override
        public String deviceName() {
            return "Fake USB Mic";
        }

        @Override
        public AudioFormat format() {
            return format;
        }

        @Override
        public int available() {
            long captured = (clock.nanoTime() - T0) * bytesPerSecond / 1_000_000_000L;
            captured = captured / 640 * 640; // devices deliver in periods
            return (int) Math.min(sound.length, captured) - consumed;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            System.arraycopy(sound, consumed, buffer, offset, length);
            consumed += length;
            return length;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static byte[] studioTone(double seconds) {
        byte[] mono = Signals.pcm16(Signals.sine(1000, 0.5, 48_000, seconds));
        byte[] stereo = new byte[mono.length * 2];
        for (int i = 0; i < mono.length; i += 2) {
            System.arraycopy(mono, i, stereo, 2 * i, 2);
            System.arraycopy(mono, i, stereo, 2 * i + 2, 2);
        }
        return stereo;
    }

    private MicrophoneSource microphone(FakeLine line, Duration stallTimeout) {
        return new MicrophoneSource("USB", () -> line, Pcm.DEFAULT_CHUNK_BYTES, stallTimeout, clock);
    }

    @Test
    void convertsTheDeviceFormatIntoNumberedSpeechChunks() throws Exception {
        MicrophoneSource mic = microphone(new FakeLine(STUDIO, studioTone(2.0)), Duration.ofSeconds(4));
        mic.open();

        List<AudioChunk> chunks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            chunks.add(mic.read());
        }

        for (int i = 0; i < chunks.size(); i++) {
            assertThat(chunks.get(i).startSample()).isEqualTo(i * 800L);
        }
        assertThat(chunks).allSatisfy(c -> assertThat(c.pcm()).hasSize(Pcm.DEFAULT_CHUNK_BYTES));
        float[] heard = Signals.samples(FileSourceConversionTest.joined(chunks));
        assertThat(Signals.amplitudeAt(heard, 800, heard.length - 800, 1000, Pcm.SAMPLE_RATE)).isCloseTo(0.5, within(0.01));
        assertThat(chunks.get(10).levelDbfs()).isCloseTo(-9.03, within(0.1));
        assertThat(mic.name()).isEqualTo("Fake USB Mic");
        assertThat(mic.isLive()).isTrue();
    }

    @Test
    void handsAChunkOnAsSoonAsTheDeviceHasCapturedIt() throws Exception {
        MicrophoneSource mic = microphone(new FakeLine(Pcm.FORMAT, new byte[32_000]), Duration.ofSeconds(4));
        mic.open();

        AudioChunk first = mic.read();
        AudioChunk second = mic.read();

        // A period of 640 bytes is 20 ms: 1600 bytes are there after 60 ms, 3200 after 100 ms; polled every 5 ms.
        assertThat(first.deliveredNanos() - T0).isEqualTo(60_000_000L);
        assertThat(second.deliveredNanos() - T0).isEqualTo(100_000_000L);
    }

    @Test
    void saysTheMicrophoneStoppedWhenNoSoundComesForTheStallTimeout() throws Exception {
        MicrophoneSource mic = microphone(new FakeLine(Pcm.FORMAT, new byte[16_000]), Duration.ofSeconds(2));
        mic.open();
        for (int i = 0; i < 10; i++) {
            assertThat(mic.read()).isNotNull(); // half a second of sound, then the device goes quiet
        }

        assertThatThrownBy(mic::read)
                .isInstanceOf(AudioSourceException.class)
                .hasMessage("Microphone \"Fake USB Mic\" stopped sending sound (nothing for 2 s); check that it is "
                        + "still plugged in, or pick another with: plain-captions devices");
        assertThat(clock.nanoTime() - T0).isBetween(2_480_000_000L, 2_520_000_000L);
    }

    @Test
    void returnsNothingOnceClosedFromAnotherThreadAndReleasesTheDevice() throws Exception {
        FakeLine line = new FakeLine(Pcm.FORMAT, new byte[0]);
        MicrophoneSource mic = microphone(line, Duration.ofSeconds(4));
        mic.open();
        clock.onSleep(mic::close);

        assertThat(mic.read()).isNull();
        assertThat(line.closed).isTrue();
    }

    @Test
    void passesOnTheOpenersOneLineMessage() {
        MicrophoneSource mic = new MicrophoneSource("Yeti", () -> {
            throw new AudioSourceException("No microphone called \"Yeti\"; to see the names, run: plain-captions devices");
        }, Pcm.DEFAULT_CHUNK_BYTES, Duration.ofSeconds(4), clock);

        assertThatThrownBy(mic::open).hasMessageContaining("Yeti").hasMessageContaining("plain-captions devices");
        assertThat(mic.name()).isEqualTo("Yeti");
    }

    @Test
    void namesTheDefaultMicrophoneBeforeItIsOpen() {
        assertThat(new MicrophoneSource().name()).isEqualTo("default microphone");
    }

}

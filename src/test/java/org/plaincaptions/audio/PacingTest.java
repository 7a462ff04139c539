package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real-time pace, checked on a fake clock: no real waiting, no timing tolerance. */
class PacingTest {
    private static final long T0 = 1_000_000_000_000L;
    private static final long MS = 1_000_000L;

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(T0);

    private static byte[] seconds(double s) {
        return Signals.pcm16(Signals.sine(440, 0.3, Pcm.SAMPLE_RATE, s));
    }

    @Test
    void handsEachChunkOverWhenAMicrophoneWouldHaveCapturedItsLastSample() {
        ByteArraySource source = new ByteArraySource("test", seconds(0.2), 1600, Pace.REAL_TIME, clock);
        source.open();

        List<Long> delivered = new ArrayList<>();
        for (AudioChunk c = source.read(); c != null; c = source.read()) {
            delivered.add(c.deliveredNanos() - T0);
        }

        assertThat(delivered).containsExactly(50 * MS, 100 * MS, 150 * MS, 200 * MS);
        assertThat(clock.sleeps()).containsExactly(50 * MS, 50 * MS, 50 * MS, 50 * MS);
    }

    @Test
    void timesAShortLastChunkByItsOwnEnd() {
        ByteArraySource source = new ByteArraySource("test", seconds(0.06), 1600, Pace.REAL_TIME, clock);
        source.open();

        AudioChunk first = source.read();
        AudioChunk last = source.read();

        assertThat(first.deliveredNanos() - T0).isEqualTo(50 * MS);
        assertThat(last.deliveredNanos() - T0).isEqualTo(60 * MS);
        assertThat(last.samples()).isEqualTo(160);
    }

    @Test
    void countsFromTheStartSoASlowReaderCatchesUpWithoutDrift() {
        ByteArraySource source = new ByteArraySource("test", seconds(0.3), 1600, Pace.REAL_TIME, clock);
        source.open();

        List<Long> delivered = new ArrayList<>();
        for (AudioChunk c = source.read(); c != null; c = source.read()) {
            delivered.add(c.deliveredNanos() - T0);
            clock.advance(delivered.size() == 1 ? 120 * MS : 7 * MS); // a stall, then quick work on each chunk
        }

        // Chunks 2 and 3 were already captured when asked for; afterwards the schedule is the original one.
        assertThat(delivered).containsExactly(50 * MS, 170 * MS, 177 * MS, 200 * MS, 250 * MS, 300 * MS);
    }

    @Test
    void neverWaitsWhenAsFastAsPossible() {
        ByteArraySource source = new ByteArraySource("test", seconds(0.5), 1600, Pace.AS_FAST_AS_POSSIBLE, clock);
        source.open();

        int chunks = 0;
        while (source.read() != null) {
            chunks++;
        }

        assertThat(chunks).isEqualTo(10);
        assertThat(clock.sleeps()).isEmpty();
        assertThat(source.isLive()).isFalse();
    }

    @Test
    void pacesAResampledFileByItsOutputSamples() throws Exception {
        Path file = Signals.write(dir.resolve("tone.wav"), Signals.sine(440, 0.3, 44_100, 0.1),
                new AudioFormat(44_100, 16, 2, true, false), AudioFileFormat.Type.WAVE);
        FileSource source = new FileSource(file, Pace.REAL_TIME, 800, clock);
        source.open();

        List<String> chunks = new ArrayList<>();
        for (AudioChunk c = source.read(); c != null; c = source.read()) {
            chunks.add(c.startSample() + "@" + (c.deliveredNanos() - T0) / 1000);
        }

        // 4410 frames at 44.1 kHz are 1600 samples at 16 kHz: 400-sample (25 ms) chunks, times in µs after open
        assertThat(chunks).containsExactly("0@25000", "400@50000", "800@75000", "1200@100000");
        assertThat(source.isLive()).isTrue();
    }

    @Test
    void stopsWaitingAndReturnsNothingOnceClosed() {
        ByteArraySource source = new ByteArraySource("test", seconds(1.0), 1600, Pace.REAL_TIME, clock);
        source.open();
        clock.onSleep(source::close); // closed by another thread while the reader waits

        assertThat(source.read()).isNull();
        assertThat(source.read()).isNull();
    }
}

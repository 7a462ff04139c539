package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteArraySourceTest {

    @Test
    void cutsTheBufferIntoNumberedChunksWithTheirLevels() throws Exception {
        byte[] quiet = Signals.pcm16(Signals.sine(440, 0.01, Pcm.SAMPLE_RATE, 0.1));
        byte[] loud = Signals.pcm16(Signals.sine(440, 0.5, Pcm.SAMPLE_RATE, 0.07));
        byte[] pcm = Arrays.copyOf(quiet, quiet.length + loud.length);
        System.arraycopy(loud, 0, pcm, quiet.length, loud.length);

        List<AudioChunk> chunks = FileSourceConversionTest.readAll(new ByteArraySource("synthetic", pcm));

        assertThat(chunks).extracting(AudioChunk::startSample).containsExactly(0L, 800L, 1600L, 2400L);
        assertThat(chunks).extracting(AudioChunk::samples).containsExactly(800, 800, 800, 320);
        assertThat(chunks.get(0).levelDbfs()).isCloseTo(-43.0, within(0.1));
        assertThat(chunks.get(3).levelDbfs()).isCloseTo(-9.0, within(0.1));
        assertThat(FileSourceConversionTest.joined(chunks)).isEqualTo(pcm);
    }

    @Test
    void givesNothingAfterTheEndOrAfterClose() {
        ByteArraySource source = new ByteArraySource("synthetic", new byte[1600]);
        source.open();

        assertThat(source.read()).isNotNull();
        assertThat(source.read()).isNull();
        source.close();
        source.close();
        assertThat(source.read()).isNull();
    }

    @Test
    void ownsACopyOfTheBuffer() {
        byte[] pcm = new byte[4];
        ByteArraySource source = new ByteArraySource("synthetic", pcm);
        pcm[0] = 9;
        source.open();

        assertThat(source.read().pcm()).containsOnly(0);
    }

    @Test
    void refusesHalfSamples() {
        assertThatThrownBy(() -> new ByteArraySource("odd", new byte[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteArraySource("odd", new byte[4], 3, Pace.REAL_TIME, SourceClock.system()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcmLevelTest {

    @ParameterizedTest(name = "{0} Hz sine at amplitude {1} is {2} dBFS")
    @CsvSource(textBlock = """
            # hz,   amplitude, dBFS
              1000, 0.99997,   -3.01
              440,  0.5,       -9.03
              3000, 0.1,      -23.01
              250,  0.001,    -63.01
            """)
    void measuresSineLevelAsRms(double hz, double amplitude, double expectedDbfs) {
        byte[] pcm = Signals.pcm16(Signals.sine(hz, amplitude, Pcm.SAMPLE_RATE, 1.0));

        assertThat(Pcm.levelDbfs(pcm)).isCloseTo(expectedDbfs, within(0.05));
    }

    @Test
    void reportsSilenceAsTheFloorNotMinusInfinity() {
        assertThat(Pcm.levelDbfs(new byte[Pcm.DEFAULT_CHUNK_BYTES])).isEqualTo(Pcm.SILENCE_DBFS);
        assertThat(Pcm.levelDbfs(new byte[0])).isEqualTo(Pcm.SILENCE_DBFS);
    }

    @Test
    void reportsFullScaleSquareWaveAsZeroDbfs() {
        float[] square = new float[1600];
        for (int i = 0; i < square.length; i++) {
            square[i] = (i / 8) % 2 == 0 ? 1f : -1f;
        }

        assertThat(Pcm.levelDbfs(Signals.pcm16(square))).isCloseTo(0.0, within(0.01));
    }

    @Test
    void measuresOnlyTheGivenRange() {
        byte[] loudThenSilent = new byte[3200];
        System.arraycopy(Signals.pcm16(Signals.sine(1000, 0.5, Pcm.SAMPLE_RATE, 0.05)), 0, loudThenSilent, 0, 1600);

        assertThat(Pcm.levelDbfs(loudThenSilent, 1600, 1600)).isEqualTo(Pcm.SILENCE_DBFS);
        assertThat(Pcm.levelDbfs(loudThenSilent, 0, 1600)).isCloseTo(-9.03, within(0.05));
    }
}

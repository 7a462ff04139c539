package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {
    private static final int OUT = Pcm.SAMPLE_RATE;

    private static float[] resample(float[] in, int inRate, int outRate) {
        Resampler r = new Resampler(inRate, outRate);
        float[] a = r.process(in, in.length);
        float[] b = r.finish();
        float[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The middle of the output, away from the filter's start and end transients. */
    private static double amplitudeAt(float[] out, double hz) {
        return Signals.amplitudeAt(out, out.length / 4, out.length * 3 / 4, hz, OUT);
    }

    @ParameterizedTest(name = "{1} Hz survives {0} Hz -> 16 kHz")
    @CsvSource(textBlock = """
            # input rate, tone Hz
              8000,   440
              8000,   3000
              11025,  1000
              22050,  5000
              32000,  200
              44100,  1000
              44100,  6000
              48000,  3000
              96000,  6500
            """)
    void keepsToneFrequencyAndLevelInThePassband(int inRate, double hz) {
        float[] out = resample(Signals.sine(hz, 0.5, inRate, 1.0), inRate, OUT);

        assertThat(Signals.db(amplitudeAt(out, hz) / 0.5)).isCloseTo(0.0, within(0.1));
        assertThat(Signals.db(Signals.rms(out, OUT / 4, OUT * 3 / 4) / (0.5 / Math.sqrt(2)))).isCloseTo(0.0, within(0.1));
    }

    @ParameterizedTest(name = "{1} Hz at {0} Hz is filtered out, not folded to {2} Hz")
    @CsvSource(textBlock = """
            # input rate, tone Hz, where it would alias to
              44100,  8500,  7500
              44100,  12000, 4000
              44100,  15000, 1000
              48000,  10000, 6000
              48000,  20000, 4000
              96000,  30000, 2000
              22050,  10000, 6000
            """)
    void suppressesTonesAboveTheNewNyquistInsteadOfAliasing(int inRate, double hz, double alias) {
        float[] out = resample(Signals.sine(hz, 0.5, inRate, 1.0), inRate, OUT);

        assertThat(Signals.db(amplitudeAt(out, alias) / 0.5)).isLessThan(-70);
        assertThat(Signals.db(Signals.rms(out, OUT / 4, OUT * 3 / 4) / 0.5)).isLessThan(-65);
    }

    @Test
    void upsamplingCreatesNoImageAboveTheOldNyquist() {
        float[] out = resample(Signals.sine(3000, 0.5, 8000, 1.0), 8000, OUT);

        assertThat(Signals.db(amplitudeAt(out, 5000) / 0.5)).isLessThan(-70);
    }

    @ParameterizedTest(name = "{1} samples at {0} Hz become {2}")
    @CsvSource(textBlock = """
              44100, 44100, 16000
              44100, 1,     1
              44100, 100,   37
              48000, 48001, 16001
              8000,  8000,  16000
              22050, 7,     6
              96000, 0,     0
            """)
    void outputsExactlyTheInputDurationRoundedUp(int inRate, int inSamples, int outSamples) {
        assertThat(resample(new float[inSamples], inRate, OUT)).hasSize(outSamples);
    }

    @Test
    void givesTheSameOutputWhateverSizeThePiecesFedIn() {
        float[] in = Signals.sine(700, 0.4, 44100, 0.5);
        float[] whole = resample(in, 44100, OUT);

        Resampler r = new Resampler(44100, OUT);
        float[] pieces = new float[0];
        int[] sizes = {1, 7, 441, 3, 1000, 2};
        for (int pos = 0, i = 0; pos < in.length; i++) {
            int n = Math.min(sizes[i % sizes.length], in.length - pos);
            pieces = concat(pieces, r.process(Arrays.copyOfRange(in, pos, pos + n), n));
            pos += n;
        }
        pieces = concat(pieces, r.finish());

        assertThat(pieces).containsExactly(whole);
    }

    @Test
    void keepsSteadyLevelAtDc() {
        float[] dc = new float[48000];
        Arrays.fill(dc, 0.25f);

        float[] out = resample(dc, 48000, OUT);

        for (int i = 1000; i < out.length - 1000; i++) {
            assertThat((double) out[i]).isCloseTo(0.25, within(0.0005));
        }
    }

    private static float[] concat(float[] a, float[] b) {
        float[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

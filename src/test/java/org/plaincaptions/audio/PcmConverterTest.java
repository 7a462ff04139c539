package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HexFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcmConverterTest {

    private static AudioFormat format(String encoding, int bits, int channels, boolean bigEndian) {
        return new AudioFormat(new Encoding(encoding), Pcm.SAMPLE_RATE, bits, channels, bits / 8 * channels,
                Pcm.SAMPLE_RATE, bigEndian);
    }

    @ParameterizedTest(name = "{0} {1}-bit {2}: {3} -> {4}")
    @CsvSource(textBlock = """
            # encoding,     bits, byte order, one frame (hex),  16-bit value
              PCM_UNSIGNED, 8,    little,     c0,               16384
              PCM_UNSIGNED, 8,    little,     00,              -32768
              PCM_SIGNED,   8,    big,        c0,              -16384
              PCM_SIGNED,   16,   little,     0040,             16384
              PCM_SIGNED,   16,   big,        4000,             16384
              PCM_SIGNED,   24,   little,     000040,           16384
              PCM_SIGNED,   24,   big,        c00000,          -16384
              PCM_SIGNED,   24,   little,     80ffff,           0
              PCM_SIGNED,   32,   little,     000000c0,        -16384
              PCM_SIGNED,   32,   big,        7fffffff,         32767
              PCM_FLOAT,    32,   little,     0000003f,         16384
              PCM_FLOAT,    32,   big,        bf000000,        -16384
              PCM_FLOAT,    64,   little,     000000000000e03f, 16384
            """)
    void decodesEverySampleLayoutToSixteenBits(String encoding, int bits, String order, String frameHex, int expected) {
        PcmConverter converter = PcmConverter.from(format(encoding, bits, 1, order.equals("big")));

        byte[] out = converter.convert(HexFormat.of().parseHex(frameHex), 0, bits / 8);

        assertThat(out).hasSize(2);
        assertThat((short) ((out[0] & 0xff) | (out[1] << 8))).isEqualTo((short) expected);
    }

    @ParameterizedTest(name = "left {0}, right {1} -> {2}")
    @CsvSource(textBlock = """
              16384,  16384,  16384
              16384, -16384,  0
              20000,  0,      10000
            """)
    void averagesStereoChannelsToMono(short left, short right, short mono) {
        PcmConverter converter = PcmConverter.from(new AudioFormat(Pcm.SAMPLE_RATE, 16, 2, true, false));
        byte[] frame = {(byte) left, (byte) (left >> 8), (byte) right, (byte) (right >> 8)};

        byte[] out = converter.convert(frame, 0, 4);

        assertThat((short) ((out[0] & 0xff) | (out[1] << 8))).isEqualTo(mono);
    }

    @Test
    void passesSpeechFormatThroughByteForByte() {
        byte[] pcm = Signals.pcm16(Signals.sine(440, 0.7, Pcm.SAMPLE_RATE, 0.1));
        pcm[7] = (byte) 0x80; // includes an extreme value

        PcmConverter converter = PcmConverter.from(Pcm.FORMAT);

        assertThat(converter.convert(pcm, 0, pcm.length)).containsExactly(pcm);
        assertThat(converter.finish()).isEmpty();
    }

    @Test
    void keepsAFrameSplitAcrossTwoReads() {
        PcmConverter converter = PcmConverter.from(new AudioFormat(Pcm.SAMPLE_RATE, 24, 2, true, false));
        byte[] twoFrames = HexFormat.of().parseHex("000040000040" + "0000c00000c0");

        byte[] first = converter.convert(twoFrames, 0, 8);
        byte[] second = converter.convert(twoFrames, 8, 4);

        assertThat(first).containsExactly(0x00, 0x40);
        assertThat(second).containsExactly(0x00, 0xc0);
    }

    @Test
    void clipsResampledPeaksInsteadOfWrappingAround() {
        float[] square = new float[4800];
        for (int i = 0; i < square.length; i++) {
            square[i] = (i / 24) % 2 == 0 ? 0.999f : -0.999f; // overshoots (Gibbs) when band-limited
        }
        PcmConverter converter = PcmConverter.from(new AudioFormat(48_000, 16, 1, true, false));

        float[] out = Signals.samples(converter.convert(Signals.pcm16(square), 0, square.length * 2));

        for (int i = 100; i < out.length - 100; i += 8) { // every plateau keeps its sign
            assertThat(out[i] * (double) square[i * 3]).isGreaterThan(0);
        }
        assertThat(Signals.rms(out, 100, out.length - 100)).isCloseTo(0.95, within(0.05));
    }

    @Test
    void refusesEncodingsItCannotDecode() {
        AudioFormat ulaw = new AudioFormat(Encoding.ULAW, 8000, 8, 1, 1, 8000, false);

        assertThatThrownBy(() -> PcmConverter.from(ulaw)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.plaincaptions.audio;

import java.util.Arrays;
import javax.sound.sampled.AudioFormat;

/**
 * Converts a stream of integer or float PCM in any layout to {@link Pcm#FORMAT}: decode, average the
 * channels, resample with a proper low-pass filter, round to 16 bits. Audio already in
 * {@link Pcm#FORMAT} passes through untouched, byte for byte. Used by one thread.
 */
final class PcmConverter {
    private final AudioFormat source;
    private final SampleDecoder decoder;
    private final Resampler resampler;
    private final boolean passThrough;
    private byte[] partialFrame = new byte[0];

    private PcmConverter(AudioFormat source) {
        this.source = source;
        this.passThrough = isSpeechFormat(source);
        this.decoder = passThrough ? null : SampleDecoder.of(source);
        int rate = Math.round(source.getSampleRate());
        this.resampler = passThrough || rate == Pcm.SAMPLE_RATE ? null : new Resampler(rate, Pcm.SAMPLE_RATE);
    }

    /** A converter from {@code source}, which must be integer or float PCM ({@link SampleDecoder#canDecode}). */
    static PcmConverter from(AudioFormat source) {
        if (source.getSampleRate() <= 0 || !SampleDecoder.canDecode(source)) {
            throw new IllegalArgumentException("cannot convert " + source);
        }
        return new PcmConverter(source);
    }

    static boolean isSpeechFormat(AudioFormat format) {
        return AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())
                && format.getSampleRate() == Pcm.SAMPLE_RATE
                && format.getSampleSizeInBits() == 16
                && format.getChannels() == 1
                && !format.isBigEndian();
    }

    AudioFormat source() {
        return source;
    }

    /** Converts {@code length} bytes; a partial frame at the end is kept for the next call. */
    byte[] convert(byte[] in, int offset, int length) {
        if (passThrough) {
            return Arrays.copyOfRange(in, offset, offset + length);
        }
        byte[] bytes = in;
        int start = offset;
        int count = length;
        if (partialFrame.length > 0) {
            bytes = new byte[partialFrame.length + length];
            System.arraycopy(partialFrame, 0, bytes, 0, partialFrame.length);
            System.arraycopy(in, offset, bytes, partialFrame.length, length);
            start = 0;
            count = bytes.length;
        }
        int frames = count / decoder.frameSize();
        int used = frames * decoder.frameSize();
        partialFrame = Arrays.copyOfRange(bytes, start + used, start + count);
        float[] mono = new float[frames];
        decoder.decode(bytes, start, frames, mono);
        return encode(resampler == null ? mono : resampler.process(mono, frames));
    }

    /** The converted tail held back by the resampler's filter; call once, at the end of the stream. */
    byte[] finish() {
        return resampler == null ? new byte[0] : encode(resampler.finish());
    }

    /** Rounds to 16-bit little-endian, clipping what a resampled peak pushes past full scale. */
    private static byte[] encode(float[] samples) {
        byte[] out = new byte[samples.length * Pcm.BYTES_PER_SAMPLE];
        for (int i = 0; i < samples.length; i++) {
            long s = Math.round(samples[i] * 32768.0);
            int clipped = (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, s));
            out[2 * i] = (byte) clipped;
            out[2 * i + 1] = (byte) (clipped >> 8);
        }
        return out;
    }
}

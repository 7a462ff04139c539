package org.plaincaptions.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFormat.Encoding;

/**
 * Turns frames of integer or float PCM (any sample size, either byte order, any channel count) into
 * mono samples in [-1, 1), averaging the channels so nobody's voice is lost on a stereo recording.
 */
final class SampleDecoder {
    private final int channels;
    private final int bytesPerSample;
    private final boolean bigEndian;
    private final Kind kind;

    private enum Kind { SIGNED, UNSIGNED, FLOAT }

    private SampleDecoder(int channels, int bytesPerSample, boolean bigEndian, Kind kind) {
        this.channels = channels;
        this.bytesPerSample = bytesPerSample;
        this.bigEndian = bigEndian;
        this.kind = kind;
    }

    /** Whether {@link #of} takes this format without help from Java Sound's codecs. */
    static boolean canDecode(AudioFormat format) {
        return kindOf(format) != null
                && format.getChannels() > 0
                && format.getFrameSize() > 0
                && format.getFrameSize() % format.getChannels() == 0
                && sizeFits(kindOf(format), format.getFrameSize() / format.getChannels());
    }

    static SampleDecoder of(AudioFormat format) {
        if (!canDecode(format)) {
            throw new IllegalArgumentException("not integer or float PCM: " + format);
        }
        int channels = format.getChannels();
        // The container size counts, not the valid bits: 12- or 20-bit audio is stored left-justified.
        int bytesPerSample = format.getFrameSize() / channels;
        return new SampleDecoder(channels, bytesPerSample, format.isBigEndian(), kindOf(format));
    }

    int frameSize() {
        return channels * bytesPerSample;
    }

    /** Decodes {@code frames} whole frames starting at {@code offset} into {@code out[0..frames)}. */
    void decode(byte[] in, int offset, int frames, float[] out) {
        float scale = 1f / channels;
        int pos = offset;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sample(in, pos);
                pos += bytesPerSample;
            }
            out[f] = channels == 1 ? (float) sum : (float) sum * scale;
        }
    }

    private double sample(byte[] in, int pos) {
        long raw = 0;
        for (int i = 0; i < bytesPerSample; i++) {
            int b = in[pos + (bigEndian ? i : bytesPerSample - 1 - i)] & 0xff;
            raw = (raw << 8) | b;
        }
        int bits = bytesPerSample * 8;
        switch (kind) {
            case FLOAT:
                return bytesPerSample == 4 ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw);
            case UNSIGNED:
                return (raw - (1L << (bits - 1))) / (double) (1L << (bits - 1));
            default:
                long signed = (raw << (64 - bits)) >> (64 - bits);
                return signed / (double) (1L << (bits - 1));
        }
    }

    private static Kind kindOf(AudioFormat format) {
        Encoding e = format.getEncoding();
        if (Encoding.PCM_SIGNED.equals(e)) {
            return Kind.SIGNED;
        }
        if (Encoding.PCM_UNSIGNED.equals(e)) {
            return Kind.UNSIGNED;
        }
        if (Encoding.PCM_FLOAT.equals(e)) {
            return Kind.FLOAT;
        }
        return null;
    }

    private static boolean sizeFits(Kind kind, int bytesPerSample) {
        return kind == Kind.FLOAT ? bytesPerSample == 4 || bytesPerSample == 8 : bytesPerSample >= 1 && bytesPerSample <= 4;
    }
}

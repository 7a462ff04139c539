package org.plaincaptions.audio;

import javax.sound.sampled.AudioFormat;

/** The one audio format the pipeline speaks: what Vosk's models are trained on. */
public final class Pcm {
    public static final int SAMPLE_RATE = 16_000;
    public static final int BYTES_PER_SAMPLE = 2;
    /** The level reported for digital silence, so meters have a floor instead of minus infinity. */
    public static final double SILENCE_DBFS = -96.0;
    /** 50 ms: short enough that a word reaches the screen quickly, long enough to keep calls cheap. */
    public static final int DEFAULT_CHUNK_BYTES = 1600;

    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);

    private Pcm() {
    }

    /** RMS level of little-endian signed 16-bit samples, in dBFS. */
    public static double levelDbfs(byte[] pcm, int offset, int length) {
        int n = length / BYTES_PER_SAMPLE;
        if (n == 0) {
            return SILENCE_DBFS;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int lo = pcm[offset + 2 * i] & 0xff;
            int hi = pcm[offset + 2 * i + 1];
            double s = ((hi << 8) | lo) / 32768.0;
            sum += s * s;
        }
        double rms = Math.sqrt(sum / n);
        if (rms <= 0) {
            return SILENCE_DBFS;
        }
        return Math.max(SILENCE_DBFS, 20 * Math.log10(rms));
    }

    /**
     * Whether every sample is exactly zero. A working microphone always hears some noise, so a long run
     * of exact zeros means the device is gone, muted or taken (PulseAudio feeds zeros from a dummy
     * source once a device is unplugged).
     */
    public static boolean isDigitalSilence(byte[] pcm) {
        for (byte b : pcm) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    public static double levelDbfs(byte[] pcm) {
        return levelDbfs(pcm, 0, pcm.length);
    }

    public static double bytesToSeconds(long bytes) {
        return bytes / (double) (SAMPLE_RATE * BYTES_PER_SAMPLE);
    }
}

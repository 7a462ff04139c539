package org.plaincaptions.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Test signals and the measurements tests make on them. */
final class Signals {
    private Signals() {
    }

    static float[] sine(double hz, double amplitude, int rate, double seconds) {
        float[] s = new float[(int) Math.round(rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    /** 16 kHz mono 16-bit little-endian bytes of {@code samples} in [-1, 1). */
    static byte[] pcm16(float[] samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int v = (int) Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32768.0)));
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }

    static float[] samples(byte[] pcm16) {
        float[] out = new float[pcm16.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((pcm16[2 * i] & 0xff) | (pcm16[2 * i + 1] << 8)) / 32768f;
        }
        return out;
    }

    static double rms(float[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += s[i] * (double) s[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    /** Amplitude of the {@code hz} component of {@code s[from, to)} (Goertzel). */
    static double amplitudeAt(float[] s, int from, int to, double hz, int rate) {
        double w = 2 * Math.PI * hz / rate;
        double re = 0;
        double im = 0;
        for (int i = from; i < to; i++) {
            re += s[i] * Math.cos(w * i);
            im += s[i] * Math.sin(w * i);
        }
        return 2 * Math.hypot(re, im) / (to - from);
    }

    /**
     * Writes {@code channels} copies of {@code mono} with Java Sound in {@code format} (integer PCM of
     * any size and byte order, float, A-law or mu-law) as a file of {@code type}.
     */
    static Path write(Path file, float[] mono, AudioFormat format, AudioFileFormat.Type type) throws IOException {
        AudioFormat pcm = linearFormatFor(format);
        byte[] bytes = encode(mono, pcm);
        AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(bytes), pcm, mono.length);
        if (!pcm.matches(format)) {
            stream = AudioSystem.getAudioInputStream(format, stream);
        }
        AudioSystem.write(stream, type, file.toFile());
        return file;
    }

    private static AudioFormat linearFormatFor(AudioFormat format) {
        AudioFormat.Encoding e = format.getEncoding();
        if (e.equals(AudioFormat.Encoding.ULAW) || e.equals(AudioFormat.Encoding.ALAW)) {
            return new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, format.isBigEndian());
        }
        return format;
    }

    private static byte[] encode(float[] mono, AudioFormat f) {
        int bytesPerSample = f.getSampleSizeInBits() / 8;
        int channels = f.getChannels();
        byte[] out = new byte[mono.length * channels * bytesPerSample];
        int pos = 0;
        for (float v : mono) {
            long raw;
            if (f.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT)) {
                raw = Float.floatToIntBits(v);
            } else {
                long full = 1L << (bytesPerSample * 8 - 1);
                raw = Math.max(-full, Math.min(full - 1, Math.round(v * (double) full)));
                if (f.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
                    raw += full;
                }
            }
            for (int c = 0; c < channels; c++) {
                for (int b = 0; b < bytesPerSample; b++) {
                    int shift = 8 * (f.isBigEndian() ? bytesPerSample - 1 - b : b);
                    out[pos++] = (byte) (raw >> shift);
                }
            }
        }
        return out;
    }
}

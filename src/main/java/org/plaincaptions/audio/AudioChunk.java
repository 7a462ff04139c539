package org.plaincaptions.audio;

/**
 * A run of 16 kHz mono 16-bit little-endian PCM, with where it sits in the stream and how loud it is.
 *
 * @param pcm            the samples; the chunk owns this array, nobody writes to it after creation
 * @param startSample    index of the first sample since the source opened
 * @param levelDbfs      RMS level in dBFS (0 is full scale, {@link Pcm#SILENCE_DBFS} for silence)
 * @param deliveredNanos {@link System#nanoTime()} when the source handed the chunk on
 */
public record AudioChunk(byte[] pcm, long startSample, double levelDbfs, long deliveredNanos) {

    public int samples() {
        return pcm.length / Pcm.BYTES_PER_SAMPLE;
    }

    public double startSeconds() {
        return startSample / (double) Pcm.SAMPLE_RATE;
    }

    public double endSeconds() {
        return (startSample + samples()) / (double) Pcm.SAMPLE_RATE;
    }

    public double durationSeconds() {
        return samples() / (double) Pcm.SAMPLE_RATE;
    }
}

package org.plaincaptions.audio;

import java.util.Arrays;

/**
 * Audio already in memory, in {@link Pcm#FORMAT}: synthetic buffers for tests, or audio a caller has
 * prepared. No hardware, no files; chunks as fast as asked for, or paced like a microphone.
 */
public final class ByteArraySource implements AudioSource {
    private final String name;
    private final byte[] pcm;
    private final int chunkBytes;
    private final Pacer pacer;
    private volatile boolean closed;
    private boolean opened;
    private int position;

    /** Hands out {@code pcm} in {@link Pcm#DEFAULT_CHUNK_BYTES} chunks as fast as they are read. */
    public ByteArraySource(String name, byte[] pcm) {
        this(name, pcm, Pcm.DEFAULT_CHUNK_BYTES, Pace.AS_FAST_AS_POSSIBLE, SourceClock.system());
    }

    /**
     * @param pcm        16 kHz mono 16-bit little-endian samples; copied
     * @param chunkBytes bytes a chunk, a positive even number; the last chunk may be shorter
     */
    public ByteArraySource(String name, byte[] pcm, int chunkBytes, Pace pace, SourceClock clock) {
        if (chunkBytes <= 0 || chunkBytes % Pcm.BYTES_PER_SAMPLE != 0) {
            throw new IllegalArgumentException("chunk size must be a positive whole number of samples: " + chunkBytes);
        }
        if (pcm.length % Pcm.BYTES_PER_SAMPLE != 0) {
            throw new IllegalArgumentException("PCM must hold whole 16-bit samples: " + pcm.length + " bytes");
        }
        this.name = name;
        this.pcm = pcm.clone();
        this.chunkBytes = chunkBytes;
        this.pacer = new Pacer(pace, clock);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void open() {
        opened = true;
        pacer.start();
    }

    @Override
    public AudioChunk read() {
        if (!opened) {
            throw new IllegalStateException("read() before open() on " + name);
        }
        if (closed || position >= pcm.length) {
            return null;
        }
        int start = position;
        int end = Math.min(pcm.length, start + chunkBytes);
        position = end;
        long delivered = pacer.handOver(end / Pcm.BYTES_PER_SAMPLE, () -> closed);
        if (closed) {
            return null;
        }
        byte[] chunk = Arrays.copyOfRange(pcm, start, end);
        return new AudioChunk(chunk, start / Pcm.BYTES_PER_SAMPLE, Pcm.levelDbfs(chunk), delivered);
    }

    @Override
    public boolean isLive() {
        return pacer.isLive();
    }

    @Override
    public void close() {
        closed = true;
        pacer.wake();
    }
}

package org.plaincaptions.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.audio.Pcm;

/** Quiet 50 ms chunks, a fixed number of them or until closed; optionally live. */
final class SilentSource implements AudioSource {
    private final int chunks;
    private final boolean live;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String failure;
    private int read;

    SilentSource(int chunks, boolean live) {
        this(chunks, live, null);
    }

    SilentSource(int chunks, boolean live, String failure) {
        this.chunks = chunks;
        this.live = live;
        this.failure = failure;
    }

    @Override
    public String name() {
        return "silence";
    }

    @Override
    public void open() throws AudioSourceException {
        if (failure != null) {
            throw new AudioSourceException(failure);
        }
    }

    @Override
    public AudioChunk read() {
        if (closed.get() || read >= chunks) {
            return null;
        }
        if (live) {
            pause(); // a live source never floods: it delivers a little at a time
        }
        byte[] pcm = new byte[Pcm.DEFAULT_CHUNK_BYTES];
        long start = (long) read * pcm.length / Pcm.BYTES_PER_SAMPLE;
        read++;
        return new AudioChunk(pcm, start, Pcm.SILENCE_DBFS, System.nanoTime());
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isLive() {
        return live;
    }

    @Override
    public void close() {
        closed.set(true);
    }
}

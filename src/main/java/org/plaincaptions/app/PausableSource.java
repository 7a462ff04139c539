package org.plaincaptions.app;

import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;

/**
 * An audio source the facilitator can pause: while paused the microphone keeps being read (so its
 * level still shows and nothing queues up), but the recogniser hears silence, so nothing said during
 * a pause is captioned and the utterance in progress ends.
 */
final class PausableSource implements AudioSource {
    private final AudioSource source;
    private volatile boolean paused;

    PausableSource(AudioSource source) {
        this.source = source;
    }

    void setPaused(boolean value) {
        paused = value;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public void open() throws AudioSourceException {
        source.open();
    }

    @Override
    public AudioChunk read() throws AudioSourceException {
        AudioChunk chunk = source.read();
        if (chunk == null || !paused) {
            return chunk;
        }
        // Silence for the recogniser; the real level for the meter.
        return new AudioChunk(new byte[chunk.pcm().length], chunk.startSample(), chunk.levelDbfs(),
                chunk.deliveredNanos());
    }

    @Override
    public boolean isLive() {
        return source.isLive();
    }

    @Override
    public void close() {
        source.close();
    }
}

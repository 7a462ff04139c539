package org.plaincaptions.app;

import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.audio.Pcm;

/**
 * An audio source the facilitator can pause: while paused the microphone keeps being read (so its
 * level still shows and nothing queues up), but the recogniser hears silence, so nothing said during
 * a pause is captioned and the utterance in progress ends.
 */
final class PausableSource implements AudioSource {
    private final AudioSource source;
    private final java.util.concurrent.atomic.AtomicBoolean paused;
    private volatile boolean opened;

    PausableSource(AudioSource source) {
        this(source, new java.util.concurrent.atomic.AtomicBoolean());
    }

    private PausableSource(AudioSource source, java.util.concurrent.atomic.AtomicBoolean paused) {
        this.source = source;
        this.paused = paused;
    }

    void setPaused(boolean value) {
        paused.set(value);
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public void open() throws AudioSourceException {
        if (!opened) { // opened once before the session begins (Captioning), then again by the audio thread
            source.open();
            opened = true;
        }
    }

    /** A microphone that comes back is paused or not as this one is (decision 42 rides through its loss). */
    @Override
    public java.util.Optional<AudioSource> reconnect() {
        return source.reconnect().map(fresh -> new PausableSource(fresh, paused));
    }

    @Override
    public AudioChunk read() throws AudioSourceException {
        AudioChunk chunk = source.read();
        if (chunk == null || !paused.get()) {
            return chunk;
        }
        // Silence for the recogniser; the real level for the meter. A microphone that sends sound gives the
        // faintest hiss (1 in 32768, about -90 dBFS) rather than exact zeros: exact zeros for long mean the
        // microphone is gone (decision 42), and a long pause must not look like that.
        byte[] quiet = new byte[chunk.pcm().length];
        if (!Pcm.isDigitalSilence(chunk.pcm())) {
            for (int i = 0; i + 1 < quiet.length; i += 4) {
                quiet[i] = 1;
            }
        }
        return new AudioChunk(quiet, chunk.startSample(), chunk.levelDbfs(), chunk.deliveredNanos());
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

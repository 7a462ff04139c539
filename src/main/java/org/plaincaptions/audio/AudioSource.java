package org.plaincaptions.audio;

import java.util.Optional;

/**
 * Where speech comes from: a microphone, a file, a test's byte array. Every source delivers
 * {@link Pcm#FORMAT} in chunks, whatever it reads underneath.
 *
 * <p>Threading: {@link #open()} and {@link #read()} are called by one audio thread only;
 * {@link #close()} may be called from any thread and makes a blocked {@code read()} return promptly.
 */
public interface AudioSource extends AutoCloseable {

    /** What a facilitator would call it: the device name or the file name. */
    String name();

    /** Opens the device or file. The message of the exception is one line a user can act on. */
    void open() throws AudioSourceException;

    /** The next chunk, blocking as a live device would; {@code null} once the source has ended or closed. */
    AudioChunk read() throws AudioSourceException;

    /** Whether the source is live (a microphone, or a file paced in real time). */
    boolean isLive();

    /**
     * A fresh, unopened source for the same input, to try when this one has failed or gone quiet: a
     * microphone that was unplugged may come back. Empty when the input cannot come back (a file).
     */
    default Optional<AudioSource> reconnect() {
        return Optional.empty();
    }

    @Override
    void close();
}

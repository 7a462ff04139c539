package org.plaincaptions.speech;

import org.plaincaptions.audio.AudioChunk;

/**
 * Streaming speech recognition for one audio stream. Used from one thread only (the recognition
 * thread); it holds native memory, so close it.
 */
public interface SpeechRecognizer extends AutoCloseable {

    /**
     * Feeds audio. Returns the finished utterance when this audio ended one, else the current partial
     * (possibly empty).
     */
    Utterance accept(AudioChunk chunk);

    /**
     * Whether to work out partial results at all (on by default). A file turned into text or
     * subtitles has nobody watching words appear, so it can skip that work.
     */
    default void setPartialResults(boolean enabled) {
    }

    /** Ends the stream: returns whatever is left as a final utterance (possibly empty). */
    Utterance finish();

    @Override
    void close();
}

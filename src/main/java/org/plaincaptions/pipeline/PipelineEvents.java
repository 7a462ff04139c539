package org.plaincaptions.pipeline;

import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;

/**
 * What a running pipeline reports. Captions arrive on the recognition thread, audio on the audio
 * thread: implementations must hand work to their own thread (the FX thread, a writer) and return fast.
 */
public interface PipelineEvents {

    /** A partial or final caption. Called on the recognition thread, in order. */
    default void onCaption(Caption caption) {
    }

    /**
     * A chunk of audio arrived. Called on the audio thread.
     *
     * @param backlogSeconds audio waiting for recognition; it grows when recognition falls behind
     */
    default void onAudio(AudioChunk chunk, double backlogSeconds) {
    }

    /** Something went wrong; {@code message} is one line for the facilitator. */
    default void onProblem(String message) {
    }

    /** The pipeline has stopped and every caption has been delivered. Called once, last. */
    default void onEnded(PipelineStats stats) {
    }
}

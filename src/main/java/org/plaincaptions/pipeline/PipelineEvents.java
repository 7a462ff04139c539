package org.plaincaptions.pipeline;

import java.util.List;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;

/**
 * What a running pipeline reports. Captions and gaps arrive on the recognition thread, audio on the
 * audio thread, notices on either: implementations must hand work to their own thread (the FX
 * thread, a writer) and return fast. An exception thrown here is logged and does not stop captions.
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

    /**
     * A stretch with no captions (microphone lost, speech skipped to catch up, recognition restarted),
     * in order with the captions around it: transcripts show it as a marker. Recognition thread.
     */
    default void onGap(CaptionGap gap) {
    }

    /**
     * Captioning is in trouble, or out of it again; captions go on. By default the troubles the
     * facilitator must hear about (not falling behind, which {@link #onAudio} shows) are passed to
     * {@link #onProblem}, so a screen that only knows problems still says so.
     */
    default void onNotice(PipelineNotice notice) {
        switch (notice.kind()) {
            case MICROPHONE_LOST, SPEECH_SKIPPED, STAGE_RESTARTED, SESSION_NOT_SAVED -> onProblem(notice.message());
            default -> {
            }
        }
    }

    /** Something went wrong; {@code message} is one line for the facilitator. */
    default void onProblem(String message) {
    }

    /** The pipeline has stopped and every caption has been delivered. Called once, last. */
    default void onEnded(PipelineStats stats) {
    }

    /** Every event to each of {@code sinks}, in order; one that throws does not keep the rest from theirs. */
    static PipelineEvents all(PipelineEvents... sinks) {
        return new GuardedEvents(List.of(sinks));
    }
}

package org.plaincaptions.pipeline;

import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.CaptionGap;

/** What the audio thread hands the recognition thread, in order. */
sealed interface Queued permits Queued.Sound, Queued.Break, Queued.End {

    /** Audio to recognise; its sample numbers count from the start of the run, across reconnections. */
    record Sound(AudioChunk chunk) implements Queued {
    }

    /** The audio stopped for a while (the microphone was lost): end the utterance, mark the gap. */
    record Break(CaptionGap gap) implements Queued {
    }

    /** No more audio. */
    record End() implements Queued {
    }

    End END = new End();
}

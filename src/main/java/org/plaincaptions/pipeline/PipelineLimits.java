package org.plaincaptions.pipeline;

import java.time.Duration;

/**
 * How the pipeline rides through trouble (see docs/decisions/0042-riding-through-faults.md).
 *
 * @param behindAfter          backlog after which the room is told captions are running late
 * @param skipBacklogAfter     backlog after which queued audio is skipped, with a marker, to catch up
 *                             (live sources only: a file read as fast as possible never skips)
 * @param retryEvery           how often a lost microphone is opened again
 * @param silentInputAfter     exact digital silence this long from a microphone means it is gone
 * @param renewRecognizerAfter audio after which the recogniser is replaced by a fresh one at the end of
 *                             an utterance, to bound its native memory; zero for never
 */
public record PipelineLimits(Duration behindAfter, Duration skipBacklogAfter, Duration retryEvery,
                             Duration silentInputAfter, Duration renewRecognizerAfter) {

    public static final PipelineLimits DEFAULT = new PipelineLimits(Duration.ofSeconds(2), Duration.ofSeconds(20),
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO);

    /** A duration for messages: {@code 2 s}, or {@code 50 ms} under a second. */
    static String words(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : Math.round(d.toMillis() / 1000.0) + " s";
    }

    public PipelineLimits withSkipBacklogAfter(Duration d) {
        return new PipelineLimits(behindAfter, d, retryEvery, silentInputAfter, renewRecognizerAfter);
    }

    public PipelineLimits withRetryEvery(Duration d) {
        return new PipelineLimits(behindAfter, skipBacklogAfter, d, silentInputAfter, renewRecognizerAfter);
    }

    public PipelineLimits withSilentInputAfter(Duration d) {
        return new PipelineLimits(behindAfter, skipBacklogAfter, retryEvery, d, renewRecognizerAfter);
    }

    public PipelineLimits withBehindAfter(Duration d) {
        return new PipelineLimits(d, skipBacklogAfter, retryEvery, silentInputAfter, renewRecognizerAfter);
    }

    public PipelineLimits withRenewRecognizerAfter(Duration d) {
        return new PipelineLimits(behindAfter, skipBacklogAfter, retryEvery, silentInputAfter, d);
    }
}

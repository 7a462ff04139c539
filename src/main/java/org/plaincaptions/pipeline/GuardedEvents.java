package org.plaincaptions.pipeline;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each event to every sink and keeps a sink that throws from stopping the pipeline's threads or
 * the other sinks: a broken screen must not stop the session record, nor the other way round.
 */
final class GuardedEvents implements PipelineEvents {
    private static final Logger LOGGER = LoggerFactory.getLogger(GuardedEvents.class);
    /** Log the first failures in full, then only count them: a sink failing on every chunk would flood the log. */
    private static final long LOGGED_IN_FULL = 5;

    private final List<PipelineEvents> sinks;
    private final AtomicLong failures = new AtomicLong();

    GuardedEvents(List<PipelineEvents> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @Override
    public void onCaption(Caption caption) {
        each(s -> s.onCaption(caption));
    }

    @Override
    public void onAudio(AudioChunk chunk, double backlogSeconds) {
        each(s -> s.onAudio(chunk, backlogSeconds));
    }

    @Override
    public void onGap(CaptionGap gap) {
        each(s -> s.onGap(gap));
    }

    @Override
    public void onNotice(PipelineNotice notice) {
        each(s -> s.onNotice(notice));
    }

    @Override
    public void onProblem(String message) {
        each(s -> s.onProblem(message));
    }

    @Override
    public void onEnded(PipelineStats stats) {
        each(s -> s.onEnded(stats));
    }

    /** How many times a sink has thrown. */
    long failures() {
        return failures.get();
    }

    private void each(Consumer<PipelineEvents> event) {
        for (PipelineEvents sink : sinks) {
            try {
                event.accept(sink);
            } catch (RuntimeException e) {
                long n = failures.incrementAndGet();
                if (n <= LOGGED_IN_FULL) {
                    LOGGER.error("A caption receiver ({}) failed; captions go on", sink.getClass().getName(), e);
                } else if (Long.bitCount(n) == 1) {
                    LOGGER.error("Caption receivers have failed {} times; the latest: {}", n, e.toString());
                }
            }
        }
    }
}

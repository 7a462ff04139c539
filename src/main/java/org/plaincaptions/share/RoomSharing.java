package org.plaincaptions.share;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;

/**
 * A caption run's events, for the readers: the first event of a run begins a session on the
 * {@link RoomEvents} (the laptop's {@link ReaderHub}, an edge publisher, or both), captions and the
 * microphone's state follow, the run's end ends it. Called on the pipeline's threads; only hands events
 * on, to receivers that never wait.
 */
public final class RoomSharing implements PipelineEvents {
    private final RoomEvents hub;
    private final Supplier<Optional<String>> sessionId;
    private volatile boolean inRun;

    /** @param sessionId the saved session of the run now starting, if there is one */
    public RoomSharing(RoomEvents hub, Supplier<Optional<String>> sessionId) {
        this.hub = hub;
        this.sessionId = sessionId;
    }

    private void beginIfNew() {
        if (inRun) {
            return;
        }
        synchronized (this) {
            if (!inRun) {
                hub.begin(sessionId.get().orElseGet(() -> "unsaved-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
                inRun = true;
            }
        }
    }

    @Override
    public void onAudio(AudioChunk chunk, double backlogSeconds) {
        beginIfNew();
    }

    @Override
    public void onCaption(Caption caption) {
        beginIfNew();
        hub.caption(caption);
    }

    @Override
    public void onNotice(PipelineNotice notice) {
        beginIfNew();
        if (notice.kind() == PipelineNotice.Kind.MICROPHONE_LOST) {
            hub.status(RoomState.MICROPHONE_LOST);
        } else if (notice.kind() == PipelineNotice.Kind.MICROPHONE_BACK) {
            hub.status(RoomState.LISTENING);
        }
    }

    @Override
    public void onEnded(PipelineStats stats) {
        beginIfNew();
        synchronized (this) {
            hub.status(RoomState.ENDED);
            inRun = false;
        }
    }
}

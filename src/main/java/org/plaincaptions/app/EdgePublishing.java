package org.plaincaptions.app;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.publish.EdgeAddress;
import org.plaincaptions.publish.EdgePublisher;
import org.plaincaptions.publish.PublishNotice;
import org.plaincaptions.share.RoomSharing;
import org.plaincaptions.share.RoomState;
import org.plaincaptions.ui.control.EdgeActions;
import org.plaincaptions.ui.control.EdgeModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's "Publish to an edge" (docs/decisions/0065): every run's events go to the edge's
 * publisher on the pipeline's threads (it never waits), its notices (the edge lost, back) reach the
 * Phones tab on the FX thread and standard error. Off until the facilitator turns it on.
 */
final class EdgePublishing implements EdgeActions, PipelineEvents {
    private static final Logger LOGGER = LoggerFactory.getLogger(EdgePublishing.class);

    private final EdgeModel model;
    private final java.util.concurrent.Executor io;
    private final Supplier<Optional<String>> sessionId;
    private volatile EdgePublisher publisher;
    private volatile PipelineEvents runs = new PipelineEvents() { };

    EdgePublishing(EdgeModel model, java.util.concurrent.Executor io, Supplier<Optional<String>> sessionId) {
        this.model = model;
        this.io = io;
        this.sessionId = sessionId;
    }

    @Override
    public void startPublishing(String url) {
        EdgeAddress address;
        try {
            address = EdgeAddress.parse(url);
        } catch (IllegalArgumentException e) {
            model.on.set(false);
            model.trouble.set(true);
            model.state.set(e.getMessage() + ".");
            return;
        }
        start(address);
    }

    /** Starts publishing to {@code address} (the command line's --publish, or the field). */
    void start(EdgeAddress address) {
        model.url.set(address.toString());
        model.on.set(true);
        model.trouble.set(false);
        model.state.set("Publishing to " + address + ". Readers open its /rooms/ROOM/ page.");
        EdgePublisher started = EdgePublisher.start(address, this::told);
        publisher = started;
        runs = new RoomSharing(started, sessionId); // a run going on begins its session at its next event
        LOGGER.info("Publishing to the edge at {}", address);
    }

    private void told(PublishNotice notice) {
        System.err.println("plain-captions: " + notice.message());
        Platform.runLater(() -> {
            if (model.on.get()) {
                model.trouble.set(notice.trouble());
                model.state.set(notice.message());
            }
        });
    }

    @Override
    public void stopPublishing() {
        EdgePublisher stopping = publisher;
        publisher = null;
        runs = new PipelineEvents() { };
        model.on.set(false);
        model.trouble.set(false);
        model.state.set("");
        if (stopping != null) {
            io.execute(stopping::close); // tells the edge's readers, waits up to 3 s for the edge
        }
    }

    /** The facilitator paused or resumed: the edge's readers are told. */
    void paused(boolean paused) {
        EdgePublisher now = publisher;
        if (now != null) {
            now.status(paused ? RoomState.PAUSED : RoomState.LISTENING);
        }
    }

    /** Closing the app: the edge's readers are told, what waits is sent for up to 3 s. */
    void close() {
        EdgePublisher stopping = publisher;
        publisher = null;
        if (stopping != null) {
            stopping.close();
        }
    }

    Optional<EdgePublisher> publisher() {
        return Optional.ofNullable(publisher);
    }

    // The pipeline's events, on its threads: handed to the publisher's outbox, which never waits.

    @Override
    public void onAudio(AudioChunk chunk, double backlogSeconds) {
        runs.onAudio(chunk, backlogSeconds);
    }

    @Override
    public void onCaption(Caption caption) {
        runs.onCaption(caption);
    }

    @Override
    public void onNotice(PipelineNotice notice) {
        runs.onNotice(notice);
    }

    @Override
    public void onEnded(PipelineStats stats) {
        runs.onEnded(stats);
    }
}

package org.plaincaptions.app;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.share.RoomState;
import org.plaincaptions.share.ShareException;
import org.plaincaptions.share.ShareServer;
import org.plaincaptions.share.Sharing;
import org.plaincaptions.share.Signals;
import org.plaincaptions.ui.control.ShareActions;
import org.plaincaptions.ui.control.ShareModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's "Share to phones" (docs/decisions/0063): starts and stops the server off the FX
 * thread, passes every run's events to it (on the pipeline's threads, never waiting), and once a second
 * shows the readers and their signals in the control room. Off until the facilitator turns it on.
 */
final class PhoneSharing implements ShareActions, PipelineEvents {
    private static final Logger LOGGER = LoggerFactory.getLogger(PhoneSharing.class);

    private final ShareModel model;
    private final Executor io;
    private final Supplier<Optional<String>> sessionId;
    private final Timeline figures;
    private volatile Sharing sharing;
    private volatile PipelineEvents runs = new PipelineEvents() { };

    /**
     * @param io        where the server starts and stops (binding a port takes a moment)
     * @param sessionId the saved session of the run now going, if any
     */
    PhoneSharing(ShareModel model, Executor io, Supplier<Optional<String>> sessionId) {
        this.model = model;
        this.io = io;
        this.sessionId = sessionId;
        this.figures = new Timeline(new KeyFrame(Duration.seconds(1), e -> showFigures()));
        figures.setCycleCount(Timeline.INDEFINITE);
    }

    ShareModel model() {
        return model;
    }

    /** The server, while sharing (tests). */
    Optional<Sharing> sharing() {
        return Optional.ofNullable(sharing);
    }

    @Override
    public void startSharing(int port, Optional<String> roomCode) {
        start(new ShareServer.Options("0.0.0.0", port, roomCode, ShareServer.Options.DEFAULT_MAX_READERS));
    }

    /** Starts sharing with these options (the command line's --share). */
    void start(ShareServer.Options options) {
        model.on.set(true);
        model.busy.set(true);
        model.problem.set("");
        io.execute(() -> {
            try {
                Sharing started = Sharing.start(options);
                runs = started.runs(sessionId);
                sharing = started;
                LOGGER.info("Readers open {}", started.address());
                System.err.println("plain-captions: readers open " + started.address());
                Platform.runLater(() -> {
                    model.busy.set(false);
                    model.port.set(String.valueOf(started.port()));
                    model.address.set(started.address());
                    figures.play();
                });
            } catch (ShareException e) {
                LOGGER.warn("Sharing did not start: {}", e.getMessage());
                Platform.runLater(() -> {
                    model.busy.set(false);
                    model.on.set(false);
                    model.problem.set(e.getMessage());
                });
            }
        });
    }

    @Override
    public void stopSharing() {
        Sharing stopping = sharing;
        sharing = null;
        runs = new PipelineEvents() { };
        figures.stop();
        model.address.set("");
        model.readers.set(0);
        model.lost.set(0);
        model.slower.set(0);
        model.cornerShown.set(false);
        model.on.set(false);
        if (stopping != null) {
            model.busy.set(true);
            io.execute(() -> {
                stopping.close();
                Platform.runLater(() -> model.busy.set(false));
            });
        }
    }

    /** The facilitator paused or resumed: readers are told. */
    void paused(boolean paused) {
        Sharing now = sharing;
        if (now != null) {
            now.hub().status(paused ? RoomState.PAUSED : RoomState.LISTENING);
        }
    }

    private void showFigures() {
        Sharing now = sharing;
        if (now == null) {
            return;
        }
        model.readers.set(now.hub().readers());
        Map<Signals.Kind, Integer> said = now.signals().lastMinute();
        model.lost.set(said.get(Signals.Kind.LOST));
        model.slower.set(said.get(Signals.Kind.SLOWER));
    }

    /** Closing the app: readers are told and the server stops, waiting briefly for it. */
    void close() {
        Sharing stopping = sharing;
        sharing = null;
        figures.stop();
        if (stopping != null) {
            stopping.close();
        }
    }

    // The pipeline's events, on its threads: handed to the server's hub, which never waits.

    @Override
    public void onAudio(AudioChunk chunk, double backlogSeconds) {
        runs.onAudio(chunk, backlogSeconds);
    }

    @Override
    public void onCaption(Caption caption) {
        runs.onCaption(caption);
    }

    @Override
    public void onGap(CaptionGap gap) {
        runs.onGap(gap);
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

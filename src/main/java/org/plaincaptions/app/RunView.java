package org.plaincaptions.app;

import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.ui.FxPipelineBridge;
import org.plaincaptions.ui.control.ControlRoom;
import org.plaincaptions.ui.control.ControlRoomModel;
import org.plaincaptions.ui.display.CaptionScreenModel;

/**
 * What a run's events do to the windows: captions to the screen and transcripts, gaps to the transcripts
 * as markers, notices, problems and the end to the status line.
 */
final class RunView implements FxPipelineBridge.Receiver {
    private final CaptionScreenModel screen;
    private final ControlRoom controlRoom;
    private final ControlRoomModel room;
    private final Runnable afterEnd;

    RunView(CaptionScreenModel screen, ControlRoom controlRoom, ControlRoomModel room, Runnable afterEnd) {
        this.screen = screen;
        this.controlRoom = controlRoom;
        this.room = room;
        this.afterEnd = afterEnd;
    }

    @Override
    public void caption(Caption caption) {
        screen.accept(caption);
        controlRoom.showCaption(caption);
    }

    @Override
    public void audio(AudioChunk chunk, double backlogSeconds) {
    }

    @Override
    public void problem(String message) {
        room.showProblem(message);
    }

    /** Trouble shows as a problem until the notice that ends it, which shows as plain status. */
    @Override
    public void notice(PipelineNotice notice) {
        if (notice.isTrouble()) {
            room.showProblem(notice.message());
        } else {
            room.showStatus(notice.message());
        }
    }

    @Override
    public void gap(CaptionGap gap) {
        controlRoom.showGap(gap);
    }

    @Override
    public void ended(PipelineStats stats) {
        room.runningProperty().set(false);
        room.pausedProperty().set(false);
        if (!room.isProblem()) {
            room.showStatus(String.format("Stopped after %.0f s of audio, %d words.", stats.audioSeconds(), stats.words()));
        }
        afterEnd.run();
    }
}

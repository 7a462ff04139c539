package org.plaincaptions.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;

/**
 * Hands each pipeline event, on the FX thread, to every part of the desktop that wants it: the caption
 * screen, the transcripts, the figures, and whatever is added later (a session recorder's view).
 */
public final class FxEvents implements FxPipelineBridge.Receiver {
    private final List<FxPipelineBridge.Receiver> receivers = new CopyOnWriteArrayList<>();

    public FxEvents add(FxPipelineBridge.Receiver receiver) {
        receivers.add(receiver);
        return this;
    }

    public void remove(FxPipelineBridge.Receiver receiver) {
        receivers.remove(receiver);
    }

    @Override
    public void caption(Caption caption) {
        receivers.forEach(r -> r.caption(caption));
    }

    @Override
    public void audio(AudioChunk chunk, double backlogSeconds) {
        receivers.forEach(r -> r.audio(chunk, backlogSeconds));
    }

    @Override
    public void problem(String message) {
        receivers.forEach(r -> r.problem(message));
    }

    @Override
    public void notice(PipelineNotice notice) {
        receivers.forEach(r -> r.notice(notice));
    }

    @Override
    public void gap(CaptionGap gap) {
        receivers.forEach(r -> r.gap(gap));
    }

    @Override
    public void ended(PipelineStats stats) {
        receivers.forEach(r -> r.ended(stats));
    }
}

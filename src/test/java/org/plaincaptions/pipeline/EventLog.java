package org.plaincaptions.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;

/** Records what a pipeline reports, in order, for tests to read. */
final class EventLog implements PipelineEvents {
    final List<Caption> captions = new CopyOnWriteArrayList<>();
    final List<CaptionGap> gaps = new CopyOnWriteArrayList<>();
    final List<PipelineNotice> notices = new CopyOnWriteArrayList<>();
    final List<String> problems = new CopyOnWriteArrayList<>();
    /** The backlog each chunk of audio reported, one entry a chunk. */
    final List<Double> backlogs = new CopyOnWriteArrayList<>();
    /** Finals and gaps in the order they came: "said: …" or "gap: reason". */
    final List<String> transcript = new CopyOnWriteArrayList<>();
    volatile PipelineStats ended;
    volatile int endedCalls;

    @Override
    public void onCaption(Caption caption) {
        captions.add(caption);
        if (caption.isFinal() && !caption.isEmpty()) {
            transcript.add("said: " + caption.raw());
        }
    }

    @Override
    public void onAudio(AudioChunk chunk, double backlogSeconds) {
        backlogs.add(backlogSeconds);
    }

    @Override
    public void onGap(CaptionGap gap) {
        gaps.add(gap);
        transcript.add("gap: " + gap.reason().key());
    }

    @Override
    public void onNotice(PipelineNotice notice) {
        notices.add(notice);
    }

    @Override
    public void onProblem(String message) {
        problems.add(message);
    }

    @Override
    public void onEnded(PipelineStats stats) {
        ended = stats;
        endedCalls++;
    }

    List<Caption> finals() {
        return captions.stream().filter(Caption::isFinal).filter(c -> !c.isEmpty()).toList();
    }

    /** The plain text of each non-empty final. */
    List<String> finalPlain() {
        return finals().stream().map(Caption::plain).toList();
    }

    int audioChunks() {
        return backlogs.size();
    }

    List<PipelineNotice.Kind> noticeKinds() {
        return notices.stream().map(PipelineNotice::kind).toList();
    }
}

package org.plaincaptions.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaincaptions.captions.CaptionFixtures.finalCaption;
import static org.plaincaptions.captions.CaptionFixtures.partialCaption;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;

class FxPipelineBridgeTest {
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final List<String> received = new ArrayList<>();
    private final FxPipelineBridge bridge = new FxPipelineBridge(new FxPipelineBridge.Receiver() {
        @Override
        public void caption(Caption caption) {
            received.add((caption.isFinal() ? "final:" : "partial:") + caption.raw());
        }

        @Override
        public void audio(AudioChunk chunk, double backlogSeconds) {
            received.add("level:" + chunk.levelDbfs());
        }

        @Override
        public void problem(String message) {
            received.add("problem:" + message);
        }

        @Override
        public void notice(PipelineNotice notice) {
            received.add("notice:" + notice.kind());
        }

        @Override
        public void gap(CaptionGap gap) {
            received.add("gap:" + gap.reason().key());
        }

        @Override
        public void ended(PipelineStats stats) {
            received.add("ended");
        }
    }, fxQueue::add);

    private void runFx() {
        List<Runnable> pending = new ArrayList<>(fxQueue);
        fxQueue.clear();
        pending.forEach(Runnable::run);
    }

    @Test
    void manyEventsScheduleOneFxTaskAtATime() {
        for (int i = 0; i < 100; i++) {
            bridge.onCaption(partialCaption(0, "word" + i, "word" + i));
            bridge.onAudio(new AudioChunk(new byte[2], 0, -20 - i, 0), 0);
        }
        assertThat(fxQueue).hasSize(1);
        runFx();
        assertThat(received).containsExactly("partial:word99", "level:-119.0");
    }

    @Test
    void everyFinalIsDeliveredInOrder() {
        bridge.onCaption(finalCaption(0, "one", "One.", 0, 0.3));
        bridge.onCaption(finalCaption(1, "two", "Two.", 1, 0.3));
        bridge.onCaption(partialCaption(2, "thr", "thr"));
        runFx();
        assertThat(received).containsExactly("final:one", "final:two", "partial:thr");
    }

    @Test
    void aPartialOvertakenByItsFinalIsDropped() {
        bridge.onCaption(partialCaption(0, "hel", "hel"));
        bridge.onCaption(finalCaption(0, "hello", "Hello.", 0, 0.3));
        runFx();
        assertThat(received).containsExactly("final:hello");
    }

    @Test
    void problemsAndTheEndComeAfterTheCaptions() {
        bridge.onEnded(new PipelineStats(1, 1, 0, new double[0], new double[0], new double[0], 0));
        bridge.onProblem("Microphone lost");
        bridge.onCaption(finalCaption(0, "last words", "Last words.", 0, 0.3));
        runFx();
        assertThat(received).containsExactly("final:last words", "problem:Microphone lost", "ended");
    }

    @Test
    void schedulesAgainAfterTheFxTaskRan() {
        bridge.onCaption(partialCaption(0, "a", "a"));
        runFx();
        bridge.onCaption(partialCaption(0, "a b", "a b"));
        assertThat(fxQueue).hasSize(1);
        runFx();
        assertThat(received).containsExactly("partial:a", "partial:a b");
    }

    @Test
    void gapsKeepTheirPlaceAmongTheFinalsAndNoticesTheirOrderAmongProblems() {
        bridge.onCaption(finalCaption(0, "before", "Before.", 0, 0.3));
        bridge.onNotice(new PipelineNotice(PipelineNotice.Kind.MICROPHONE_LOST, "lost"));
        bridge.onCaption(partialCaption(1, "half", "half"));
        bridge.onGap(new CaptionGap(1, 9, CaptionGap.Reason.MICROPHONE_LOST));
        bridge.onProblem("something else");
        bridge.onNotice(new PipelineNotice(PipelineNotice.Kind.MICROPHONE_BACK, "back"));
        bridge.onCaption(finalCaption(2, "after", "After.", 9, 0.3));
        runFx();
        assertThat(received).containsExactly("final:before", "gap:microphone-lost", "final:after",
                "notice:MICROPHONE_LOST", "problem:something else", "notice:MICROPHONE_BACK");
    }
}

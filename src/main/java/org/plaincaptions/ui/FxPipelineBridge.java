package org.plaincaptions.ui;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;

/**
 * Moves pipeline events onto the FX thread without ever making the pipeline wait. Finals and gaps are
 * all delivered, in the order they happened, and so are notices and problems; of partials and audio levels only the newest matters, so older ones are
 * dropped. At most one {@link Platform#runLater} is pending at a time, however fast events come, and
 * the app's bridge hands over at most 20 times a second: a live speaker's partials change about that
 * often, while a recording captioned at full speed would otherwise keep the FX thread busy every frame
 * (docs/decisions/0031-keeping-the-fx-thread-free.md).
 */
public final class FxPipelineBridge implements PipelineEvents {

    /** What the FX side does with the events. Called on the FX thread. */
    public interface Receiver {
        void caption(Caption caption);

        void audio(AudioChunk chunk, double backlogSeconds);

        void problem(String message);

        /** Captioning got into trouble or out of it (microphone lost or back, falling behind, caught up…). */
        default void notice(PipelineNotice notice) {
        }

        /** A stretch with no captions, in order with the captions around it. */
        default void gap(CaptionGap gap) {
        }

        void ended(PipelineStats stats);
    }

    private record Level(AudioChunk chunk, double backlogSeconds) {
    }

    private final Receiver receiver;
    private final Consumer<Runnable> fxThread;
    /** Final captions and gaps, in order. */
    private final ConcurrentLinkedQueue<Object> finals = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Caption> partial = new AtomicReference<>();
    private final AtomicReference<Level> level = new AtomicReference<>();
    /** Problems (strings) and notices, in order. */
    private final ConcurrentLinkedQueue<Object> problems = new ConcurrentLinkedQueue<>();
    private final AtomicReference<PipelineStats> ended = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final long minIntervalNanos;
    private volatile long lastDrain = Long.MIN_VALUE / 2;
    private long lastFinalSequence = -1; // FX thread only

    /** Hand-overs at least this far apart: 20 a second. */
    public static final long MIN_INTERVAL_NANOS = 50_000_000L;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-bridge-timer");
        t.setDaemon(true);
        return t;
    });

    public FxPipelineBridge(Receiver receiver) {
        this(receiver, Platform::runLater, MIN_INTERVAL_NANOS);
    }

    /** For tests: {@code fxThread} stands in for {@link Platform#runLater}; no pacing. */
    public FxPipelineBridge(Receiver receiver, Consumer<Runnable> fxThread) {
        this(receiver, fxThread, 0);
    }

    public FxPipelineBridge(Receiver receiver, Consumer<Runnable> fxThread, long minIntervalNanos) {
        this.receiver = Objects.requireNonNull(receiver);
        this.fxThread = Objects.requireNonNull(fxThread);
        this.minIntervalNanos = minIntervalNanos;
    }

    @Override
    public void onCaption(Caption caption) {
        if (caption.isFinal()) {
            // A final supersedes any partial of its utterance that has not been shown yet.
            partial.set(null);
            finals.add(caption);
        } else {
            partial.set(caption);
        }
        schedule();
    }

    @Override
    public void onAudio(AudioChunk chunk, double backlogSeconds) {
        level.set(new Level(chunk, backlogSeconds));
        schedule();
    }

    @Override
    public void onGap(CaptionGap gap) {
        partial.set(null);
        finals.add(gap);
        schedule();
    }

    @Override
    public void onNotice(PipelineNotice notice) {
        problems.add(notice);
        schedule();
    }

    @Override
    public void onProblem(String message) {
        problems.add(message);
        schedule();
    }

    @Override
    public void onEnded(PipelineStats stats) {
        ended.set(stats);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            long wait = lastDrain + minIntervalNanos - System.nanoTime();
            if (wait <= 0) {
                fxThread.accept(this::drain);
            } else {
                TIMER.schedule(() -> fxThread.accept(this::drain), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void drain() {
        lastDrain = System.nanoTime();
        scheduled.set(false);
        // Take the partial before the finals: any final that came before it is then already queued.
        Caption p = partial.getAndSet(null);
        Object f;
        while ((f = finals.poll()) != null) {
            if (f instanceof Caption c) {
                lastFinalSequence = c.sequence();
                receiver.caption(c);
            } else {
                receiver.gap((CaptionGap) f);
            }
        }
        if (p != null && p.sequence() > lastFinalSequence) {
            receiver.caption(p);
        }
        Level l = level.getAndSet(null);
        if (l != null) {
            receiver.audio(l.chunk(), l.backlogSeconds());
        }
        Object message;
        while ((message = problems.poll()) != null) {
            if (message instanceof PipelineNotice n) {
                receiver.notice(n);
            } else {
                receiver.problem((String) message);
            }
        }
        PipelineStats stats = ended.getAndSet(null);
        if (stats != null) {
            receiver.ended(stats);
        }
    }
}

package org.plaincaptions.pipeline;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.speech.SpeechModel;

/**
 * Runs one caption pipeline at a time on a loaded model: what the desktop app's Start and Stop do.
 * The model stays loaded between runs; each run gets a fresh recogniser.
 */
public final class LiveCaptioning implements AutoCloseable {
    private final SpeechModel model;
    private volatile PlainRewriter rewriter;
    private CaptionPipeline current;

    public LiveCaptioning(SpeechModel model, PlainRewriter rewriter) {
        this.model = Objects.requireNonNull(model);
        this.rewriter = Objects.requireNonNull(rewriter);
    }

    public SpeechModel model() {
        return model;
    }

    /** Swaps the plain-language stage; runs started from now on use it. */
    public void useRewriter(PlainRewriter rewriter) {
        this.rewriter = Objects.requireNonNull(rewriter);
    }

    /** Starts captioning {@code source}; stops a run still going first. */
    public synchronized CaptionPipeline start(AudioSource source, PipelineEvents events) {
        stop();
        current = new CaptionPipeline(source, model.newRecognizer(), rewriter, events);
        current.start();
        return current;
    }

    /** Stops listening; audio already heard is still captioned and the run ends by itself. */
    public synchronized void stop() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    public synchronized boolean isRunning() {
        return current != null && !current.hasEnded();
    }

    /** Stops, waits briefly for the last captions, and frees the model. */
    @Override
    public synchronized void close() {
        CaptionPipeline last = current;
        stop();
        if (last != null) {
            try {
                last.awaitEnd(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        model.close();
    }
}

package org.plaincaptions.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.Pcm;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.captions.Track;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.SpeechRecognizer;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recognition thread's work: decodes queued audio, rewrites it and emits captions in order. It
 * rides through trouble rather than stopping: a recogniser that throws is replaced by a new one, a
 * plain-language stage that throws is bypassed for that caption (the words are shown as said), and a
 * live backlog past {@link PipelineLimits#skipBacklogAfter()} is skipped with a gap marker.
 *
 * <p>Vosk times words from the audio its recogniser was fed; the run's clock also counts audio the
 * recogniser never saw (a lost microphone, skipped backlog, a replaced recogniser). So after every
 * such break the offset between the two is taken afresh, and captions carry run times.
 */
final class RecognitionLoop {
    private static final Logger LOGGER = LoggerFactory.getLogger(RecognitionLoop.class);
    /** More recogniser failures than this within {@link #FAILURE_WINDOW_NANOS} means it cannot work: stop. */
    private static final int MAX_FAILURES = 3;
    private static final long FAILURE_WINDOW_NANOS = 60_000_000_000L;

    private final BlockingQueue<Queued> queue;
    private final AtomicLong queuedSamples;
    private final Supplier<SpeechRecognizer> recognizers;
    private final PlainRewriter rewriter;
    private final PipelineEvents events;
    private final PipelineLimits limits;
    private final boolean live;
    private final Track shownTrack;
    private final LatencyProbe latency = new LatencyProbe();
    private final PauseCutter cutter;
    private final boolean partials;
    private final Deque<Long> failures = new ArrayDeque<>();
    private SpeechRecognizer recognizer;
    private long fedSamples;        // fed to the current recogniser
    private long offsetSamples;     // run sample minus recogniser sample
    private boolean rebase = true;
    private long utteranceFrom = -1; // run sample where the words being heard began
    private long sequence;
    private long words;
    private long samples;
    private double maxBacklog;
    private String lastPartial = "";
    private boolean rewriterFailed;

    RecognitionLoop(BlockingQueue<Queued> queue, AtomicLong queuedSamples, Supplier<SpeechRecognizer> recognizers,
                    PlainRewriter rewriter, PipelineEvents events, PipelineLimits limits, boolean live, Track shownTrack, PauseCutter.Settings pauseCuts, boolean partials) {
        this.partials = partials;
        this.cutter = new PauseCutter(pauseCuts);
        this.queue = queue;
        this.queuedSamples = queuedSamples;
        this.recognizers = recognizers;
        this.rewriter = rewriter;
        this.events = events;
        this.limits = limits;
        this.live = live;
        this.shownTrack = shownTrack;
    }

    /** Recognises until the end marker; always ends with {@link PipelineEvents#onEnded}. */
    PipelineStats run() {
        long startNanos = System.nanoTime();
        try {
            recognizer = recognizers.get();
            loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOGGER.error("Recognition stopped", e);
            events.onProblem("Recognition stopped unexpectedly: " + e.getMessage());
        } finally {
            closeRecognizer();
        }
        if (cutter.cuts() > 0) {
            LOGGER.info("Ended {} utterances at pauses", cutter.cuts());
        }
        double wall = (System.nanoTime() - startNanos) / 1e9;
        return PipelineStats.of(samples / (double) Pcm.SAMPLE_RATE, wall, words, latency, maxBacklog);
    }

    private void loop() throws InterruptedException {
        while (true) {
            Queued item = queue.take();
            if (item instanceof Queued.End) {
                break;
            }
            if (item instanceof Queued.Break b) {
                endUtterance();
                rebase = true;
                events.onGap(b.gap());
                continue;
            }
            AudioChunk chunk = ((Queued.Sound) item).chunk();
            maxBacklog = Math.max(maxBacklog, backlogSeconds());
            queuedSamples.addAndGet(-chunk.samples());
            if (live && backlogSeconds() + chunk.durationSeconds() > seconds(limits.skipBacklogAfter())) {
                skipBacklog(chunk);
                continue;
            }
            if (!hear(chunk)) {
                return;
            }
        }
        endUtterance();
    }

    /** Feeds one chunk; false when recognition cannot go on. */
    private boolean hear(AudioChunk chunk) {
        if (rebase) {
            offsetSamples = chunk.startSample() - fedSamples;
            rebase = false;
        }
        if (utteranceFrom < 0) {
            utteranceFrom = chunk.startSample();
        }
        latency.delivered(chunk);
        Utterance heard;
        try {
            heard = recognizer.accept(chunk);
        } catch (RuntimeException e) {
            return restart(e, chunk.startSample() + chunk.samples());
        }
        fedSamples += chunk.samples();
        samples += chunk.samples();
        heard = heard.shiftedBy(offsetSamples / (double) Pcm.SAMPLE_RATE);
        // Without partial results (a file read for its text) nothing says whether words have come yet:
        // an open utterance counts as having them; a cut in silence just ends an empty one.
        boolean hasWords = !heard.isFinal() && (partials ? !heard.isEmpty() : true);
        boolean cut = cutter.heard(chunk, hasWords);
        if (heard.isFinal()) {
            emitFinal(heard);
            utteranceFrom = -1;
            renewIfOld();
            return true;
        }
        if (!heard.text().equals(lastPartial)) {
            lastPartial = heard.text();
            emitPartial(heard);
        }
        if (cut) {
            // A pause in a long utterance: end it here, after its last word (decision 0005).
            double words = endUtterance();
            double pause = cutter.pauseStart();
            // Vosk's own times say whether the last word ended before the pause began (a cut inside a
            // word would put its end later): logged, so a bench or a test can count them.
            LOGGER.debug("Pause cut at {} s: pause from {} s, last word ended at {} s{}",
                    String.format(Locale.ROOT, "%.2f", chunk.endSeconds()), String.format(Locale.ROOT, "%.2f", pause),
                    String.format(Locale.ROOT, "%.2f", words), words > pause + 0.06 ? " (inside a word?)" : "");
            renewIfOld();
        }
        return true;
    }

    /** Ends the utterance being heard (a break in the audio, or the end), so none spans a gap. */
    /** Returns the end of its last word in run seconds (NaN when it had none). */
    private double endUtterance() {
        cutter.ended();
        Utterance rest;
        try {
            rest = recognizer.finish().shiftedBy(offsetSamples / (double) Pcm.SAMPLE_RATE);
        } catch (RuntimeException e) {
            restart(e, utteranceFrom < 0 ? -1 : utteranceFrom);
            return Double.NaN;
        }
        emitFinal(rest);
        utteranceFrom = -1;
        return rest.end();
    }

    private void skipBacklog(AudioChunk first) {
        long from = first.startSample();
        long to = first.startSample() + first.samples();
        while (queue.peek() instanceof Queued.Sound next) {
            queue.poll();
            queuedSamples.addAndGet(-next.chunk().samples());
            to = next.chunk().startSample() + next.chunk().samples();
        }
        endUtterance();
        rebase = true;
        double skipped = (to - from) / (double) Pcm.SAMPLE_RATE;
        LOGGER.warn("Recognition fell behind: skipped {} s of queued audio", Math.round(skipped));
        events.onGap(new CaptionGap(from / (double) Pcm.SAMPLE_RATE, to / (double) Pcm.SAMPLE_RATE,
                CaptionGap.Reason.FELL_BEHIND));
        events.onNotice(new PipelineNotice(PipelineNotice.Kind.SPEECH_SKIPPED, String.format(Locale.ROOT,
                "Captions fell %.0f s behind the speaker, so %.0f s of speech were skipped to catch up;"
                        + " the transcript marks where.", seconds(limits.skipBacklogAfter()), skipped)));
    }

    /** The recogniser threw: replace it, mark what it was working on as a gap. False if it keeps failing. */
    private boolean restart(RuntimeException e, long failedUpTo) {
        long now = System.nanoTime();
        failures.addLast(now);
        while (now - failures.peekFirst() > FAILURE_WINDOW_NANOS) {
            failures.removeFirst();
        }
        closeRecognizer();
        if (failures.size() > MAX_FAILURES) {
            LOGGER.error("Recognition failed {} times within a minute; giving up", failures.size(), e);
            events.onProblem("Speech recognition keeps failing (" + e.getMessage() + "); captions have stopped."
                    + " Try another speech model.");
            return false;
        }
        LOGGER.error("Recognition failed; starting a new recogniser", e);
        recognizer = recognizers.get();
        fedSamples = 0;
        rebase = true;
        emitFinal(Utterance.empty(true)); // clears the partial the failed recogniser left on screen
        long from = utteranceFrom >= 0 ? utteranceFrom : failedUpTo;
        utteranceFrom = -1;
        if (from >= 0 && failedUpTo >= from) {
            events.onGap(new CaptionGap(from / (double) Pcm.SAMPLE_RATE, failedUpTo / (double) Pcm.SAMPLE_RATE,
                    CaptionGap.Reason.RECOGNITION_FAILED));
        }
        events.onNotice(new PipelineNotice(PipelineNotice.Kind.STAGE_RESTARTED,
                "Speech recognition failed (" + e.getMessage() + ") and was restarted; captions go on."));
        return true;
    }

    /** Bounds a long-lived recogniser's native memory (docs/decisions/0043-hours-of-running.md). */
    private void renewIfOld() {
        long lifetime = limits.renewRecognizerAfter().toMillis() * Pcm.SAMPLE_RATE / 1000;
        if (lifetime > 0 && fedSamples >= lifetime) {
            LOGGER.info("Renewing the recogniser after {} s of audio", fedSamples / Pcm.SAMPLE_RATE);
            closeRecognizer();
            recognizer = recognizers.get();
            fedSamples = 0;
            rebase = true;
        }
    }

    private void closeRecognizer() {
        SpeechRecognizer r = recognizer;
        recognizer = null;
        if (r != null) {
            try {
                r.close();
            } catch (RuntimeException e) {
                LOGGER.warn("Closing the recogniser failed: {}", e.toString());
            }
        }
    }

    private void emitPartial(Utterance heard) {
        Rewrite rewrite = rewrite(heard.text(), false);
        events.onCaption(new Caption(sequence, heard, rewrite));
        List<String> texts = heard.words().stream().map(Word::text).toList();
        int held = shownTrack == Track.PLAIN ? rewrite.heldBackWords() : 0;
        latency.partialShown(texts, texts.size() - held, System.nanoTime());
    }

    private void emitFinal(Utterance heard) {
        Rewrite rewrite = heard.isEmpty() ? Rewrite.unchanged("") : rewrite(heard.text(), true);
        events.onCaption(new Caption(sequence++, heard, rewrite));
        latency.finalShown(heard.words(), System.nanoTime());
        words += heard.words().size();
        lastPartial = "";
    }

    /** The plain track, or the words as said if the plain-language stage fails on them. */
    private Rewrite rewrite(String raw, boolean isFinal) {
        try {
            return isFinal ? rewriter.rewriteFinal(raw) : rewriter.rewritePartial(raw);
        } catch (RuntimeException e) {
            if (!rewriterFailed) {
                rewriterFailed = true;
                LOGGER.error("The plain-language stage failed; showing words as said where it fails", e);
                events.onNotice(new PipelineNotice(PipelineNotice.Kind.STAGE_RESTARTED, "The plain-language stage"
                        + " failed (" + e + "); where it fails, captions show the words as said."));
            } else {
                LOGGER.warn("The plain-language stage failed again: {}", e.toString());
            }
            return Rewrite.unchanged(raw);
        }
    }

    private double backlogSeconds() {
        return queuedSamples.get() / (double) Pcm.SAMPLE_RATE;
    }

    private static double seconds(java.time.Duration d) {
        return d.toMillis() / 1000.0;
    }
}

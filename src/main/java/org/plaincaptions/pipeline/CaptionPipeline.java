package org.plaincaptions.pipeline;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.Pcm;
import org.plaincaptions.captions.Track;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.speech.SpeechRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audio source → speech recogniser → plain-language stage → caption events, on two threads
 * (see docs/decisions/0001-threading.md):
 * <ul>
 *   <li>the <b>audio thread</b> owns the source ({@link AudioFeed}); it only reads and queues, so a live
 *       microphone is never held up by recognition, and it rides through a microphone that is lost;</li>
 *   <li>the <b>recognition thread</b> owns the recogniser ({@link RecognitionLoop}); it decodes,
 *       rewrites and emits captions, and replaces a recogniser that fails.</li>
 * </ul>
 * For a live source the queue is unbounded: when recognition falls behind, audio waits and the backlog
 * is reported, and only past {@link PipelineLimits#skipBacklogAfter()} skipped with a gap marker. A file
 * read as fast as possible is held back by a bounded queue instead.
 */
public final class CaptionPipeline {
    private static final Logger LOGGER = LoggerFactory.getLogger(CaptionPipeline.class);
    private static final int FILE_QUEUE_CHUNKS = 64;

    private final AudioSource source;
    private final Supplier<SpeechRecognizer> recognizers;
    private final PlainRewriter rewriter;
    private final PipelineEvents events;
    private final PipelineLimits limits;
    private final BlockingQueue<Queued> queue;
    private final AtomicLong queuedSamples = new AtomicLong();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AudioFeed feed;
    private volatile Track shownTrack = Track.PLAIN;
    private volatile boolean partials = true;
    private volatile PauseCutter.Settings pauseCuts = PauseCutter.Settings.DEFAULT;
    private volatile PipelineStats stats;

    /** A pipeline with one recogniser: if it fails, the run ends with a problem instead of restarting it. */
    public CaptionPipeline(AudioSource source, SpeechRecognizer recognizer, PlainRewriter rewriter,
                           PipelineEvents events) {
        this(source, once(recognizer), rewriter, events, PipelineLimits.DEFAULT);
    }

    /**
     * @param recognizers makes a recogniser at the start, and a new one whenever one fails or has run long
     */
    public CaptionPipeline(AudioSource source, Supplier<SpeechRecognizer> recognizers, PlainRewriter rewriter,
                           PipelineEvents events, PipelineLimits limits) {
        this.source = source;
        this.recognizers = recognizers;
        this.rewriter = rewriter;
        this.events = PipelineEvents.all(events);
        this.limits = limits;
        this.queue = source.isLive() ? new LinkedBlockingQueue<>() : new LinkedBlockingQueue<>(FILE_QUEUE_CHUNKS);
        this.feed = new AudioFeed(source, this.events, limits, new AudioFeed.Out() {
            @Override
            public void put(Queued item) throws InterruptedException {
                if (item instanceof Queued.Sound s) {
                    queuedSamples.addAndGet(s.chunk().samples());
                }
                queue.put(item);
            }

            @Override
            public double backlogSeconds() {
                return CaptionPipeline.this.backlogSeconds();
            }
        });
    }

    /**
     * Which track the screen shows, for the latency figures: the plain track can hold back the last
     * words of a term still being spoken, the raw track never does. Plain unless set before start.
     */
    public CaptionPipeline measureLatencyOn(Track track) {
        this.shownTrack = track;
        return this;
    }

    /** Only final captions: for files turned into text or subtitles, where nobody watches words appear. */
    public CaptionPipeline finalsOnly() {
        this.partials = false;
        return this;
    }

    /**
     * Whether and when a long utterance is ended at a pause (decision 0005); {@link PauseCutter.Settings#OFF}
     * leaves utterances to Vosk's own endpointing, word for word what bare Vosk gives. Set before start.
     */
    public CaptionPipeline cutAtPauses(PauseCutter.Settings settings) {
        this.pauseCuts = settings;
        return this;
    }

    public PauseCutter.Settings pauseCuts() {
        return pauseCuts;
    }

    /** Starts both threads. The source is opened on the audio thread; failures arrive as notices or a problem. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("pipeline already started");
        }
        Thread audio = new Thread(this::runAudio, "audio");
        Thread recognition = new Thread(this::runRecognition, "recognition");
        audio.setDaemon(true);
        recognition.setDaemon(true);
        recognition.start();
        audio.start();
    }

    /** Stops listening. Audio already heard is still recognised; then {@link PipelineEvents#onEnded}. */
    public void stop() {
        feed.stop();
    }

    /** Waits until every caption has been delivered. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    public boolean hasEnded() {
        return ended.getCount() == 0;
    }

    /** The figures of the run, once it has ended; null before. */
    public PipelineStats stats() {
        return stats;
    }

    /** Seconds of audio waiting for recognition now. */
    public double backlogSeconds() {
        return queuedSamples.get() / (double) Pcm.SAMPLE_RATE;
    }

    private void runAudio() {
        try {
            feed.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOGGER.error("Audio thread failed", e);
            events.onProblem("Audio stopped unexpectedly: " + e.getMessage());
        } finally {
            source.close();
            enqueueEnd();
        }
    }

    private void enqueueEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(Queued.END);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runRecognition() {
        try {
            boolean withPartials = partials;
            Supplier<SpeechRecognizer> made = () -> {
                SpeechRecognizer recognizer = recognizers.get();
                recognizer.setPartialResults(withPartials);
                return recognizer;
            };
            stats = new RecognitionLoop(queue, queuedSamples, made, rewriter, events, limits, source.isLive(),
                    shownTrack, pauseCuts, withPartials).run();
        } finally {
            try {
                events.onEnded(stats);
            } finally {
                ended.countDown();
            }
        }
    }

    private static Supplier<SpeechRecognizer> once(SpeechRecognizer recognizer) {
        AtomicBoolean given = new AtomicBoolean();
        return () -> {
            if (given.getAndSet(true)) {
                throw new IllegalStateException("this pipeline was given one recogniser and cannot make another");
            }
            return recognizer;
        };
    }
}

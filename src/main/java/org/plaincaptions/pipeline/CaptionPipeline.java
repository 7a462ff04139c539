package org.plaincaptions.pipeline;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.audio.Pcm;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.Track;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.SpeechRecognizer;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audio source → speech recogniser → plain-language stage → caption events, on two threads
 * (see docs/decisions/0001-threading.md):
 * <ul>
 *   <li>the <b>audio thread</b> owns the source; it only reads and queues, so a live microphone is
 *       never held up by recognition;</li>
 *   <li>the <b>recognition thread</b> owns the recogniser; it decodes, rewrites and emits captions.</li>
 * </ul>
 * For a live source the queue is unbounded: when recognition falls behind, audio waits and the backlog
 * is reported, never dropped. A file read as fast as possible is held back by a bounded queue instead.
 */
public final class CaptionPipeline {
    private static final Logger LOGGER = LoggerFactory.getLogger(CaptionPipeline.class);
    private static final AudioChunk END = new AudioChunk(new byte[0], -1, 0, 0);
    private static final int FILE_QUEUE_CHUNKS = 64;

    private final AudioSource source;
    private final SpeechRecognizer recognizer;
    private final PlainRewriter rewriter;
    private final PipelineEvents events;
    private final BlockingQueue<AudioChunk> queue;
    private final AtomicLong queuedSamples = new AtomicLong();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final LatencyProbe latency = new LatencyProbe();
    private volatile boolean stopping;
    private volatile Track shownTrack = Track.PLAIN;
    private volatile PipelineStats stats;

    public CaptionPipeline(AudioSource source, SpeechRecognizer recognizer, PlainRewriter rewriter,
                           PipelineEvents events) {
        this.source = source;
        this.recognizer = recognizer;
        this.rewriter = rewriter;
        this.events = events;
        this.queue = source.isLive() ? new LinkedBlockingQueue<>() : new LinkedBlockingQueue<>(FILE_QUEUE_CHUNKS);
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
        recognizer.setPartialResults(false);
        return this;
    }

    /** Starts both threads. The source is opened on the audio thread; failures arrive as a problem. */
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
        stopping = true;
        source.close();
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
            source.open();
            AudioChunk chunk;
            while ((chunk = source.read()) != null) {
                queuedSamples.addAndGet(chunk.samples());
                queue.put(chunk);
                events.onAudio(chunk, backlogSeconds());
            }
        } catch (AudioSourceException e) {
            if (!stopping) {
                LOGGER.warn("Audio source {} failed: {}", source.name(), e.getMessage());
                events.onProblem(e.getMessage());
            }
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
                queue.put(END);
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
        long startNanos = System.nanoTime();
        long samples = 0;
        long words = 0;
        long sequence = 0;
        double maxBacklog = 0;
        String lastPartial = "";
        try {
            while (true) {
                AudioChunk chunk = queue.take();
                if (chunk == END) {
                    break;
                }
                maxBacklog = Math.max(maxBacklog, backlogSeconds());
                queuedSamples.addAndGet(-chunk.samples());
                samples += chunk.samples();
                latency.delivered(chunk);
                Utterance heard = recognizer.accept(chunk);
                if (heard.isFinal()) {
                    words += emitFinal(sequence++, heard);
                    lastPartial = "";
                } else if (!heard.text().equals(lastPartial)) {
                    lastPartial = heard.text();
                    emitPartial(sequence, heard);
                }
            }
            words += emitFinal(sequence, recognizer.finish());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOGGER.error("Recognition failed", e);
            events.onProblem("Recognition stopped unexpectedly: " + e.getMessage());
        } finally {
            recognizer.close();
            double wall = (System.nanoTime() - startNanos) / 1e9;
            stats = PipelineStats.of(samples / (double) Pcm.SAMPLE_RATE, wall, words, latency, maxBacklog);
            try {
                events.onEnded(stats);
            } finally {
                ended.countDown();
            }
        }
    }

    private void emitPartial(long sequence, Utterance heard) {
        Rewrite rewrite = rewriter.rewritePartial(heard.text());
        events.onCaption(new Caption(sequence, heard, rewrite));
        List<String> words = heard.words().stream().map(Word::text).toList();
        int held = shownTrack == Track.PLAIN ? rewrite.heldBackWords() : 0;
        latency.partialShown(words, words.size() - held, System.nanoTime());
    }

    private int emitFinal(long sequence, Utterance heard) {
        Rewrite rewrite = heard.isEmpty() ? Rewrite.unchanged("") : rewriter.rewriteFinal(heard.text());
        events.onCaption(new Caption(sequence, heard, rewrite));
        latency.finalShown(heard.words(), System.nanoTime());
        return heard.words().size();
    }
}

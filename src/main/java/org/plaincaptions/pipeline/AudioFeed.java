package org.plaincaptions.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.audio.Pcm;
import org.plaincaptions.captions.CaptionGap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audio thread's work: reads the source and queues its chunks for recognition. A microphone that
 * fails, stops sending, sends only exact digital silence or cannot be opened is "lost": the room is
 * told, the microphone is opened again every {@link PipelineLimits#retryEvery()} until it hears sound,
 * and captions carry on in the same run, with the time it was away marked as a gap. Sample numbers
 * are counted from the start of the run and keep counting the wall-clock time a microphone was away,
 * so captions after it are timed where they happened.
 */
final class AudioFeed {
    private static final Logger LOGGER = LoggerFactory.getLogger(AudioFeed.class);

    /** Where the feed puts its chunks. */
    interface Out {
        void put(Queued item) throws InterruptedException;

        /** Seconds of audio queued and not yet recognised. */
        double backlogSeconds();
    }

    private final AudioSource first;
    private final PipelineEvents events;
    private final PipelineLimits limits;
    private final Out out;
    private volatile boolean stopping;
    private volatile Thread runner;
    private volatile AudioSource current;
    // Audio thread only:
    private long base;        // run sample where the current source's sample 0 lies
    private long nextSample;  // run sample just after the last chunk queued
    private long silentFrom = -1;
    private boolean behind;

    AudioFeed(AudioSource first, PipelineEvents events, PipelineLimits limits, Out out) {
        this.first = first;
        this.events = events;
        this.limits = limits;
        this.out = out;
        this.current = first;
    }

    /** Makes {@link #run} return soon: closes the source and wakes a wait between retries. Any thread. */
    void stop() {
        stopping = true;
        AudioSource source = current;
        if (source != null) {
            source.close();
        }
        Thread t = runner;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Reads until the source ends or {@link #stop} is called. Audio thread. */
    void run() throws InterruptedException {
        runner = Thread.currentThread();
        boolean reconnectable = first.reconnect().isPresent();
        AudioSource source = first;
        boolean opened = false;
        while (!stopping) {
            AudioChunk chunk;
            try {
                if (!opened) {
                    source.open();
                    opened = true;
                }
                chunk = source.read();
                if (chunk == null) {
                    break;
                }
                if (reconnectable && silentTooLong(chunk)) {
                    queue(chunk);
                    throw new AudioSourceException(silentMessage(source));
                }
            } catch (AudioSourceException | RuntimeException e) {
                if (stopping) {
                    break;
                }
                Optional<AudioSource> again = source.reconnect();
                if (again.isEmpty()) {
                    fail(source, e);
                    break;
                }
                source.close();
                source = rideThrough(source, e);
                if (source == null) {
                    break;
                }
                continue;
            }
            queue(chunk);
        }
        current.close();
    }

    private void queue(AudioChunk chunk) throws InterruptedException {
        AudioChunk inRun = base == 0 ? chunk
                : new AudioChunk(chunk.pcm(), base + chunk.startSample(), chunk.levelDbfs(), chunk.deliveredNanos());
        nextSample = inRun.startSample() + inRun.samples();
        out.put(new Queued.Sound(inRun));
        double backlog = out.backlogSeconds();
        events.onAudio(inRun, backlog);
        if (first.isLive()) {
            tellIfBehind(backlog);
        }
    }

    private boolean silentTooLong(AudioChunk chunk) {
        if (!Pcm.isDigitalSilence(chunk.pcm())) {
            silentFrom = -1;
            return false;
        }
        long start = base + chunk.startSample();
        if (silentFrom < 0) {
            silentFrom = start;
        }
        long silent = start + chunk.samples() - silentFrom;
        return silent >= limits.silentInputAfter().toMillis() * Pcm.SAMPLE_RATE / 1000;
    }

    private String silentMessage(AudioSource source) {
        return String.format(Locale.ROOT, "Microphone \"%s\" sends no sound at all, not even background noise"
                + " (%s): it may be unplugged, muted or taken by another program", source.name(),
                PipelineLimits.words(limits.silentInputAfter()));
    }

    private void tellIfBehind(double backlog) {
        double behindAfter = limits.behindAfter().toMillis() / 1000.0;
        if (!behind && backlog > behindAfter) {
            behind = true;
            LOGGER.warn("Recognition is {} s behind", Math.round(backlog));
            events.onNotice(new PipelineNotice(PipelineNotice.Kind.FALLING_BEHIND, String.format(Locale.ROOT,
                    "Captions are running %.0f s behind the speaker: this computer is too slow for live recognition;"
                            + " no speech is lost while it catches up.", backlog)));
        } else if (behind && backlog < behindAfter / 4) {
            behind = false;
            LOGGER.info("Recognition has caught up");
            events.onNotice(new PipelineNotice(PipelineNotice.Kind.CAUGHT_UP, "Captions have caught up with the speaker."));
        }
    }

    private void fail(AudioSource source, Exception e) {
        if (e instanceof AudioSourceException) {
            LOGGER.warn("Audio source {} failed: {}", source.name(), e.getMessage());
            events.onProblem(e.getMessage());
        } else {
            LOGGER.error("Audio thread failed", e);
            events.onProblem("Audio stopped unexpectedly: " + e);
        }
    }

    /**
     * The microphone is lost: says so, then opens it again every {@link PipelineLimits#retryEvery()}
     * until one of them hears something other than exact silence. Returns that source, already open,
     * with the sound it heard queued; or null once stopped.
     */
    private AudioSource rideThrough(AudioSource lost, Exception why) throws InterruptedException {
        long lostAt = silentFrom >= 0 ? Math.min(silentFrom, nextSample) : nextSample;
        long lostNanos = System.nanoTime() - (nextSample - lostAt) * 1_000_000_000L / Pcm.SAMPLE_RATE;
        silentFrom = -1;
        String message = (why instanceof AudioSourceException ? why.getMessage() : "Audio failed: " + why)
                + "; trying again every " + PipelineLimits.words(limits.retryEvery()) + ".";
        LOGGER.warn("Microphone lost: {}", message);
        events.onNotice(new PipelineNotice(PipelineNotice.Kind.MICROPHONE_LOST, message));
        AudioSource previous = lost;
        while (!stopping) {
            pause(limits.retryEvery().toNanos());
            if (stopping) {
                break;
            }
            AudioSource candidate = previous.reconnect().orElseThrow();
            current = candidate;
            previous = candidate;
            if (stopping) {
                break; // stop() may have closed the previous source just before the swap
            }
            try {
                candidate.open();
                long openedNanos = System.nanoTime();
                AudioChunk chunk;
                while (!stopping && (chunk = candidate.read()) != null) {
                    if (!Pcm.isDigitalSilence(chunk.pcm())) {
                        back(lostAt, lostNanos, chunk);
                        return candidate;
                    }
                    if (System.nanoTime() - openedNanos > limits.retryEvery().toNanos()) {
                        break; // only silence: the device may have come back under another route; reopen
                    }
                }
            } catch (AudioSourceException | RuntimeException e) {
                LOGGER.debug("Microphone still lost: {}", e.getMessage());
            }
            candidate.close();
        }
        long now = lostAt + (System.nanoTime() - lostNanos) * Pcm.SAMPLE_RATE / 1_000_000_000L;
        out.put(new Queued.Break(gap(lostAt, Math.max(lostAt, now))));
        return null;
    }

    private void back(long lostAt, long lostNanos, AudioChunk chunk) throws InterruptedException {
        long heardNanos = chunk.deliveredNanos() - Math.round(chunk.durationSeconds() * 1e9);
        long backAt = Math.max(lostAt, lostAt + (heardNanos - lostNanos) * Pcm.SAMPLE_RATE / 1_000_000_000L);
        base = backAt - chunk.startSample();
        out.put(new Queued.Break(gap(lostAt, backAt)));
        LOGGER.info("Microphone back after {} s", Math.round((backAt - lostAt) / (double) Pcm.SAMPLE_RATE));
        events.onNotice(new PipelineNotice(PipelineNotice.Kind.MICROPHONE_BACK, "The microphone is back: captions go on."));
        queue(chunk);
    }

    private static CaptionGap gap(long from, long to) {
        return new CaptionGap(from / (double) Pcm.SAMPLE_RATE, to / (double) Pcm.SAMPLE_RATE,
                CaptionGap.Reason.MICROPHONE_LOST);
    }

    private void pause(long nanos) {
        long deadline = System.nanoTime() + nanos;
        long left;
        while (!stopping && (left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, left);
        }
    }
}

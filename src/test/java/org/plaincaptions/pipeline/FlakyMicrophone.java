package org.plaincaptions.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.audio.Pcm;

/**
 * A microphone that follows a script, one step for each time it is opened: it may refuse to open, hear
 * sound for a while, send exact digital silence, fail, or go on hearing sound until closed. It delivers
 * a 50 ms chunk every {@code millisPerChunk}.
 */
final class FlakyMicrophone implements AudioSource {

    /**
     * What one opening does.
     *
     * @param openFailure refuse to open with this message (null: open)
     * @param loud        chunks of sound first
     * @param silent      then chunks of exact zeros (-1: zeros until closed)
     * @param failure     then fail with this message (null: sound until closed)
     */
    record Step(String openFailure, int loud, int silent, String failure) {
        static Step refuses(String message) {
            return new Step(message, 0, 0, null);
        }

        static Step hears(int loud, String thenFails) {
            return new Step(null, loud, 0, thenFails);
        }

        static Step hearsThenSilence(int loud) {
            return new Step(null, loud, -1, null);
        }

        static Step hearsUntilClosed() {
            return new Step(null, Integer.MAX_VALUE, 0, null);
        }
    }

    /** The steps, shared by every reopened copy; the last step repeats. */
    static final class Script {
        final List<Step> steps;
        final AtomicInteger opened = new AtomicInteger();
        final List<FlakyMicrophone> made = new CopyOnWriteArrayList<>();
        final long millisPerChunk;

        Script(long millisPerChunk, Step... steps) {
            this.steps = List.of(steps);
            this.millisPerChunk = millisPerChunk;
        }

        FlakyMicrophone microphone() {
            FlakyMicrophone m = new FlakyMicrophone(this);
            made.add(m);
            return m;
        }

        /** Whether every copy that was opened has been closed again. */
        boolean allClosed() {
            return made.stream().filter(m -> m.step != null).allMatch(m -> m.closed);
        }
    }

    private final Script script;
    private volatile boolean closed;
    private volatile Step step;
    private int read;

    private FlakyMicrophone(Script script) {
        this.script = script;
    }

    @Override
    public String name() {
        return "Flaky USB Mic";
    }

    @Override
    public void open() throws AudioSourceException {
        int n = script.opened.getAndIncrement();
        step = script.steps.get(Math.min(n, script.steps.size() - 1));
        if (step.openFailure() != null) {
            throw new AudioSourceException(step.openFailure());
        }
    }

    @Override
    public AudioChunk read() throws AudioSourceException {
        if (closed) {
            return null;
        }
        pause();
        boolean loud = read < step.loud();
        boolean silent = !loud && (step.silent() < 0 || read < step.loud() + step.silent());
        if (!loud && !silent && step.failure() != null) {
            throw new AudioSourceException(step.failure());
        }
        byte[] pcm = new byte[Pcm.DEFAULT_CHUNK_BYTES];
        if (loud) {
            java.util.Arrays.fill(pcm, (byte) 3);
        }
        long start = (long) read * Pcm.DEFAULT_CHUNK_BYTES / Pcm.BYTES_PER_SAMPLE;
        read++;
        return new AudioChunk(pcm, start, Pcm.levelDbfs(pcm), System.nanoTime());
    }

    private void pause() {
        try {
            Thread.sleep(script.millisPerChunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isLive() {
        return true;
    }

    @Override
    public Optional<AudioSource> reconnect() {
        return Optional.of(script.microphone());
    }

    @Override
    public void close() {
        closed = true;
    }
}

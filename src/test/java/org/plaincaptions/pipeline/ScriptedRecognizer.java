package org.plaincaptions.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.speech.SpeechRecognizer;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

/**
 * A recogniser that hears a script: each chunk reveals the next word of the current utterance as a
 * partial; an utterance ends (final) after its last word. Word times count the audio fed to it, as
 * Vosk's do: it knows nothing of gaps in the run. It can be made slow, or to fail at a chunk.
 */
final class ScriptedRecognizer implements SpeechRecognizer {
    private final Deque<String[]> utterances = new ArrayDeque<>();
    private final List<Word> current = new ArrayList<>();
    private volatile boolean closed;
    private volatile long delayMillis;
    private boolean partials = true;
    private volatile int failAtChunk = -1;
    private long fedSamples;
    private int chunks;
    private volatile int slowChunks = Integer.MAX_VALUE;

    ScriptedRecognizer(String... utterances) {
        for (String u : utterances) {
            this.utterances.add(u.split(" "));
        }
    }

    /** Makes the {@code n}th chunk fed (from 0) throw, like a native error. */
    ScriptedRecognizer failAt(int n) {
        this.failAtChunk = n;
        return this;
    }

    /** Makes every chunk take this long, like a slow computer. */
    ScriptedRecognizer slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Makes the first {@code n} chunks take {@code millis} each, then runs at full speed. */
    ScriptedRecognizer slowFor(int n, long millis) {
        this.delayMillis = millis;
        this.slowChunks = n;
        return this;
    }

    @Override
    public Utterance accept(AudioChunk chunk) {
        if (delayMillis > 0 && chunks < slowChunks) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (chunks++ == failAtChunk) {
            throw new IllegalStateException("native recogniser error");
        }
        double start = fedSamples / (double) org.plaincaptions.audio.Pcm.SAMPLE_RATE;
        fedSamples += chunk.samples();
        double end = fedSamples / (double) org.plaincaptions.audio.Pcm.SAMPLE_RATE;
        String[] words = utterances.peekFirst();
        if (words == null) {
            return Utterance.empty(false);
        }
        if (current.size() < words.length) {
            current.add(new Word(words[current.size()], start, end, 1.0));
            return partials ? utterance(false) : Utterance.empty(false);
        }
        utterances.removeFirst();
        Utterance done = utterance(true);
        current.clear();
        return done;
    }

    @Override
    public void setPartialResults(boolean enabled) {
        partials = enabled;
    }

    /** What was heard of the current utterance, final; the rest of it is never heard (the speaker was cut off). */
    @Override
    public Utterance finish() {
        Utterance rest = current.isEmpty() ? Utterance.empty(true) : utterance(true);
        if (!current.isEmpty()) {
            utterances.pollFirst();
        }
        current.clear();
        return rest;
    }

    private Utterance utterance(boolean isFinal) {
        return new Utterance(String.join(" ", current.stream().map(Word::text).toList()), current, isFinal);
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}

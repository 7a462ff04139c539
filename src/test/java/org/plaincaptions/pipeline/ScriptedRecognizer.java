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
 * partial; an utterance ends (final) after its last word. Word times follow the chunks fed.
 */
final class ScriptedRecognizer implements SpeechRecognizer {
    private final Deque<String[]> utterances = new ArrayDeque<>();
    private final List<Word> current = new ArrayList<>();
    private volatile boolean closed;
    private volatile long delayMillis;
    private boolean partials = true;

    ScriptedRecognizer(String... utterances) {
        for (String u : utterances) {
            this.utterances.add(u.split(" "));
        }
    }

    /** Makes every chunk take this long, like a slow computer. */
    ScriptedRecognizer slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    @Override
    public Utterance accept(AudioChunk chunk) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String[] words = utterances.peekFirst();
        if (words == null) {
            return Utterance.empty(false);
        }
        if (current.size() < words.length) {
            current.add(new Word(words[current.size()], chunk.startSeconds(), chunk.endSeconds(), 1.0));
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

    @Override
    public Utterance finish() {
        Utterance rest = current.isEmpty() ? Utterance.empty(true) : utterance(true);
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

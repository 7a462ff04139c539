package org.plaincaptions.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.Pcm;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Vosk streaming recognition with word timings on final results, and on partial results when asked
 * (decision 0004: they make partials much slower to change).
 */
final class VoskSpeechRecognizer implements SpeechRecognizer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicInteger OPEN = new AtomicInteger();

    private final Recognizer recognizer;
    private final AtomicBoolean closed = new AtomicBoolean();
    private String lastPartialJson = "";
    private Utterance lastPartial = Utterance.empty(false);
    private boolean partials = true;

    private VoskSpeechRecognizer(Recognizer recognizer) {
        this.recognizer = recognizer;
    }

    static VoskSpeechRecognizer create(Model model, boolean partialTimings) {
        try {
            Recognizer recognizer = new Recognizer(model, Pcm.SAMPLE_RATE);
            recognizer.setWords(true);
            // Partial word timings make Vosk refresh partials only every 1-2 s (measured): far too
            // slow for live captions. By default partials carry words without times; finals bring them.
            recognizer.setPartialWords(partialTimings);
            OPEN.incrementAndGet();
            return new VoskSpeechRecognizer(recognizer);
        } catch (IOException e) {
            throw new UncheckedIOException("Vosk could not create a recogniser", e);
        }
    }

    @Override
    public Utterance accept(AudioChunk chunk) {
        if (recognizer.acceptWaveForm(chunk.pcm(), chunk.pcm().length)) {
            lastPartialJson = "";
            lastPartial = Utterance.empty(false);
            return parse(recognizer.getResult(), true);
        }
        if (!partials) {
            return lastPartial;
        }
        String json = recognizer.getPartialResult();
        // The partial rarely changes between 50 ms chunks: skip parsing when it is the same.
        if (!json.equals(lastPartialJson)) {
            lastPartialJson = json;
            lastPartial = parse(json, false);
        }
        return lastPartial;
    }

    @Override
    public void setPartialResults(boolean enabled) {
        partials = enabled;
    }

    @Override
    public Utterance finish() {
        lastPartialJson = "";
        lastPartial = Utterance.empty(false);
        return parse(recognizer.getFinalResult(), true);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            recognizer.close();
            OPEN.decrementAndGet();
        }
    }

    static int open() {
        return OPEN.get();
    }

    static Utterance parse(String json, boolean isFinal) {
        try {
            JsonNode root = JSON.readTree(json);
            String text = root.path(isFinal ? "text" : "partial").asText("").strip();
            List<Word> words = new ArrayList<>();
            if (isFinal) {
                for (JsonNode w : root.path("result")) {
                    words.add(new Word(w.path("word").asText(), w.path("start").asDouble(), w.path("end").asDouble(),
                            w.path("conf").asDouble(1.0)));
                }
            } else if (root.path("partial_result").size() > 0) {
                for (JsonNode w : root.path("partial_result")) {
                    words.add(new Word(w.path("word").asText(), w.path("start").asDouble(), w.path("end").asDouble(),
                            w.path("conf").asDouble(Double.NaN)));
                }
            } else if (!text.isEmpty()) {
                for (String w : text.split(" ")) {
                    words.add(new Word(w, Double.NaN, Double.NaN, Double.NaN));
                }
            }
            return new Utterance(text, words, isFinal);
        } catch (IOException e) {
            throw new UncheckedIOException("Vosk returned JSON that could not be read", e);
        }
    }
}

package org.plaincaptions.plain;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Part-of-speech tags (Universal Dependencies: NOUN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, ...) from
 * Apache OpenNLP's English EWT model, decoded greedily left to right (docs/decisions/0015). Greedy
 * decoding with the model's window of two words each side means a word's tag depends only on the
 * words before it and the {@value #CONTEXT} after it: on a growing partial result a tag is settled
 * once {@value #CONTEXT} more words have arrived, so the rewriter can promise words shown stay.
 *
 * <p>The model is converted from OpenNLP's at build time ({@link TaggerModelWriter}) and evaluated by
 * {@link TaggerModel} on {@link TaggerFeatures}, which give OpenNLP's tags without loading OpenNLP
 * (decision 0016). It is read once per JVM, on a background thread started by {@link #preload()} (the
 * engine calls it while it compiles its glossaries), and shared. Tagging is a pure function of the words.
 */
final class Tagger {
    /** How many words after a word can still change its tag. */
    static final int CONTEXT = 2;

    private static volatile CompletableFuture<TaggerModel> model;

    private Tagger() {
    }

    /** Starts reading the model on a background thread, if that has not started yet. */
    static void preload() {
        future();
    }

    private static CompletableFuture<TaggerModel> future() {
        CompletableFuture<TaggerModel> f = model;
        if (f == null) {
            synchronized (Tagger.class) {
                f = model;
                if (f == null) {
                    f = new CompletableFuture<>();
                    model = f;
                    CompletableFuture<TaggerModel> result = f;
                    Thread loader = new Thread(() -> {
                        try {
                            result.complete(TaggerModel.shipped());
                        } catch (RuntimeException | Error e) {
                            result.completeExceptionally(e);
                        }
                    }, "tagger-load");
                    loader.setDaemon(true);
                    loader.start();
                }
            }
        }
        return f;
    }

    /** Waits for the model: for the load benchmark and the first caption that needs tags. */
    static void awaitModel() {
        future().join();
    }

    /** The tag of every token, in order. */
    static String[] tag(List<Token> tokens) {
        String[] words = words(tokens, 0);
        String[] tags = new String[words.length];
        tag(words, tags, 0, words.length);
        return tags;
    }

    /** The lowercase words of the tokens from {@code from} on, as the tagger reads them. */
    static String[] words(List<Token> tokens, int from) {
        String[] words = new String[tokens.size() - from];
        for (int i = 0; i < words.length; i++) {
            String w = tokens.get(from + i).lower(); // as the recogniser writes: tags do not depend on capitals
            words[i] = w.isEmpty() ? "," : w;
        }
        return words;
    }

    /**
     * Tags {@code words[from..to)} greedily, given the tags before {@code from} already in {@code tags}.
     * Continuing where an earlier call stopped gives the same tags as one call: decoding is left to right.
     */
    static void tag(String[] words, String[] tags, int from, int to) {
        TaggerModel m = future().join();
        String[] features = new String[TaggerFeatures.MAX];
        double[] probs = new double[m.outcomeCount()];
        for (int i = from; i < to; i++) {
            int count = TaggerFeatures.of(words, tags, i, features);
            tags[i] = m.outcome(m.best(features, count, probs));
        }
    }
}

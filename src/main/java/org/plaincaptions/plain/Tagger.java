package org.plaincaptions.plain;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * Part-of-speech tags (Universal Dependencies: NOUN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, ...) from
 * Apache OpenNLP's English EWT model, decoded greedily left to right (docs/decisions/0015). Greedy
 * decoding with the model's window of two words each side means a word's tag depends only on the
 * words before it and the {@value #CONTEXT} after it: on a growing partial result a tag is settled
 * once {@value #CONTEXT} more words have arrived, so the rewriter can promise words shown stay.
 *
 * <p>The model is read once per JVM, on a background thread started by {@link #preload()} (the
 * engine calls it while it compiles its glossaries), and shared; the feature generator is not
 * thread-safe, so each thread has its own. Tagging is a pure function of the words.
 */
final class Tagger {
    /** How many words after a word can still change its tag. */
    static final int CONTEXT = 2;
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private record Model(MaxentModel maxent, byte[] featureGenerators) {
    }

    private static volatile CompletableFuture<Model> model;
    private static final ThreadLocal<POSContextGenerator> CONTEXTS = ThreadLocal.withInitial(Tagger::contexts);

    private Tagger() {
    }

    /** Starts reading the model on a background thread, if that has not started yet. */
    static void preload() {
        future();
    }

    private static CompletableFuture<Model> future() {
        CompletableFuture<Model> f = model;
        if (f == null) {
            synchronized (Tagger.class) {
                f = model;
                if (f == null) {
                    f = new CompletableFuture<>();
                    model = f;
                    CompletableFuture<Model> result = f;
                    Thread loader = new Thread(() -> {
                        try {
                            result.complete(read());
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
        Model m = future().join();
        POSContextGenerator contexts = CONTEXTS.get();
        double[] probs = new double[m.maxent().getNumOutcomes()];
        for (int i = from; i < to; i++) {
            String[] context = contexts.getContext(i, words, tags, null);
            m.maxent().eval(context, probs);
            int best = 0;
            for (int o = 1; o < probs.length; o++) {
                if (probs[o] > probs[best]) {
                    best = o;
                }
            }
            tags[i] = m.maxent().getOutcome(best);
        }
    }

    private static POSContextGenerator contexts() {
        Model m = future().join();
        try {
            return new POSTaggerFactory(m.featureGenerators(), Map.of(), null).getPOSContextGenerator(0);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot make the tagger's feature generator", e);
        }
    }

    private static Model read() {
        try (InputStream in = Tagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("part-of-speech model missing from the class path: " + MODEL);
            }
            MaxentModel maxent = null;
            byte[] features = null;
            ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in, 1 << 16));
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("pos.model")) {
                    byte[] bytes = zip.readAllBytes();
                    maxent = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
                } else if (entry.getName().equals("generator.featuregen")) {
                    features = zip.readAllBytes();
                }
            }
            if (maxent == null || features == null) {
                throw new IllegalStateException("part-of-speech model " + MODEL + " is incomplete");
            }
            return new Model(maxent, features);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + MODEL, e);
        }
    }
}

package org.plaincaptions.plain;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * OpenNLP's maximum-entropy part-of-speech model in the compact form {@link TaggerModelWriter} writes at
 * build time: read in one bulk read, no object per predicate, and evaluated exactly as OpenNLP's
 * {@code GISModel} evaluates it (uniform prior, parameters added in the model's order, {@code exp} and
 * normalise), so the best outcome is OpenNLP's. Immutable, safe to share between threads.
 */
final class TaggerModel {
    static final int MAGIC = 0x504F5331; // "POS1"
    /** Where the build puts the converted model. */
    static final String RESOURCE = "pos-tagger.bin";

    private final String[] outcomes;
    private final double logPrior;
    private final int[] table;
    private final int[] charStart;
    private final int[] paramStart;
    private final char[] chars;
    private final byte[] paramOutcome;
    private final double[] params;

    private TaggerModel(String[] outcomes, int[] table, int[] charStart, int[] paramStart, char[] chars,
                        byte[] paramOutcome, double[] params) {
        this.outcomes = outcomes;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        this.table = table;
        this.charStart = charStart;
        this.paramStart = paramStart;
        this.chars = chars;
        this.paramOutcome = paramOutcome;
        this.params = params;
    }

    /** The model shipped in the jar, converted from OpenNLP's at build time. */
    static TaggerModel shipped() {
        try (InputStream in = TaggerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("part-of-speech model missing from the class path: " + RESOURCE
                        + " (the Maven build writes it in process-classes)");
            }
            return read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the part-of-speech model " + RESOURCE, e);
        }
    }

    static TaggerModel read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        DataInputStream header = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        if (header.readInt() != MAGIC) {
            throw new IOException("not a compact part-of-speech model");
        }
        String[] outcomes = new String[header.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = header.readUTF();
        }
        int predicates = header.readInt();
        int tableSize = header.readInt();
        int charCount = header.readInt();
        int paramCount = header.readInt();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.position(bytes.length - header.available());
        int[] table = new int[tableSize];
        int[] charStart = new int[predicates + 1];
        int[] paramStart = new int[predicates + 1];
        char[] chars = new char[charCount];
        byte[] paramOutcome = new byte[paramCount];
        double[] params = new double[paramCount];
        buffer.asIntBuffer().get(table);
        buffer.position(buffer.position() + 4 * tableSize);
        buffer.asIntBuffer().get(charStart);
        buffer.position(buffer.position() + 4 * charStart.length);
        buffer.asIntBuffer().get(paramStart);
        buffer.position(buffer.position() + 4 * paramStart.length);
        buffer.asCharBuffer().get(chars);
        buffer.position(buffer.position() + 2 * charCount);
        buffer.get(paramOutcome);
        buffer.asDoubleBuffer().get(params);
        if (buffer.position() + 8 * paramCount != bytes.length) {
            throw new IOException("compact part-of-speech model has the wrong length");
        }
        return new TaggerModel(outcomes, table, charStart, paramStart, chars, paramOutcome, params);
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int i) {
        return outcomes[i];
    }

    /**
     * The best outcome for the first {@code count} features, as OpenNLP's {@code GISModel.eval} followed by
     * taking the first highest probability. {@code probs} is scratch space of {@link #outcomeCount()}.
     */
    int best(String[] features, int count, double[] probs) {
        int n = outcomes.length;
        for (int o = 0; o < n; o++) {
            probs[o] = logPrior;
        }
        for (int f = 0; f < count; f++) {
            int p = predicate(features[f]);
            if (p >= 0) {
                for (int k = paramStart[p], end = paramStart[p + 1]; k < end; k++) {
                    probs[paramOutcome[k]] += params[k]; // OpenNLP multiplies by the feature's value, 1.0
                }
            }
        }
        double normal = 0.0;
        for (int o = 0; o < n; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            normal += probs[o];
        }
        for (int o = 0; o < n; o++) {
            probs[o] /= normal;
        }
        int best = 0;
        for (int o = 1; o < n; o++) {
            if (probs[o] > probs[best]) {
                best = o;
            }
        }
        return best;
    }

    /** The index of a predicate (feature string), or -1 when the model has none such. */
    int predicate(String feature) {
        int mask = table.length - 1;
        int length = feature.length();
        for (int slot = feature.hashCode() & mask; ; slot = (slot + 1) & mask) {
            int p = table[slot] - 1;
            if (p < 0) {
                return -1;
            }
            int start = charStart[p];
            if (charStart[p + 1] - start == length && sameChars(feature, start, length)) {
                return p;
            }
        }
    }

    private boolean sameChars(String feature, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != feature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

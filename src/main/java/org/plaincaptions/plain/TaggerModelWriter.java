package org.plaincaptions.plain;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;

/**
 * Build-time tool, run by Maven in {@code process-classes} (docs/decisions/0016): converts OpenNLP's
 * part-of-speech model (from the {@code opennlp-models-pos-en} jar on the class path) into the compact
 * form {@link TaggerModel} reads in one bulk read. The app never runs this class; the model's numbers
 * are copied exactly, so the tags are OpenNLP's.
 *
 * <p>Usage: {@code java -cp <classes and OpenNLP jars> org.plaincaptions.plain.TaggerModelWriter <output file>}
 */
final class TaggerModelWriter {
    /** OpenNLP's model in its jar. */
    static final String OPENNLP_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String EXPECTED_FEATURES = "<featureGenerators cache=\"true\" name=\"posTagger\">";

    private TaggerModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TaggerModelWriter <output file>");
        }
        GISModel model = readOpenNlpModel();
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            write(model, os);
        }
    }

    /** The maximum-entropy model inside OpenNLP's model zip, checked to use the features {@link TaggerFeatures} makes. */
    static GISModel readOpenNlpModel() throws IOException {
        try (InputStream in = TaggerModelWriter.class.getResourceAsStream(OPENNLP_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP's part-of-speech model is not on the class path: " + OPENNLP_MODEL);
            }
            GISModel model = null;
            String features = null;
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("pos.model")) {
                    model = (GISModel) new GenericModelReader(new BinaryFileDataReader(
                            new ByteArrayInputStream(zip.readAllBytes()))).getModel();
                } else if (entry.getName().equals("generator.featuregen")) {
                    features = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            if (model == null || features == null || !features.contains(EXPECTED_FEATURES)) {
                throw new IllegalStateException("unexpected part-of-speech model " + OPENNLP_MODEL
                        + ": TaggerFeatures makes the features of OpenNLP 2.5.4's default POS feature generator");
            }
            return model;
        }
    }

    /**
     * Writes the model: outcomes, an open-addressing table from predicate hash ({@link String#hashCode()})
     * to predicate, the predicates' characters, and each predicate's outcomes and parameters in OpenNLP's
     * order (so sums are added up in the same order and give the same doubles).
     */
    static void write(GISModel model, OutputStream os) throws IOException {
        Object[] data = ((AbstractModel) model).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        if (outcomes.length > 127) {
            throw new IllegalStateException("more than 127 outcomes do not fit the compact model");
        }
        String[] names = predicates.keySet().toArray(new String[0]);
        int n = names.length;
        int tableSize = Integer.highestOneBit(Math.max(2, n + n / 2)) << 1;
        int[] table = new int[tableSize];
        int[] charStart = new int[n + 1];
        int[] paramStart = new int[n + 1];
        for (int p = 0; p < n; p++) {
            int slot = names[p].hashCode() & (tableSize - 1);
            while (table[slot] != 0) {
                slot = (slot + 1) & (tableSize - 1);
            }
            table[slot] = p + 1;
            charStart[p + 1] = charStart[p] + names[p].length();
            paramStart[p + 1] = paramStart[p] + predicates.get(names[p]).getOutcomes().length;
        }
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(TaggerModel.MAGIC);
        out.writeInt(outcomes.length);
        for (String outcome : outcomes) {
            out.writeUTF(outcome);
        }
        out.writeInt(n);
        out.writeInt(tableSize);
        out.writeInt(charStart[n]);
        out.writeInt(paramStart[n]);
        for (int slot : table) {
            out.writeInt(slot);
        }
        for (int start : charStart) {
            out.writeInt(start);
        }
        for (int start : paramStart) {
            out.writeInt(start);
        }
        for (String name : names) {
            out.writeChars(name);
        }
        for (String name : names) {
            for (int outcome : predicates.get(name).getOutcomes()) {
                out.writeByte(outcome);
            }
        }
        for (String name : names) {
            for (double parameter : predicates.get(name).getParameters()) {
                out.writeDouble(parameter);
            }
        }
        out.flush();
    }
}

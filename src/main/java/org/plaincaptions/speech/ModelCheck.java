package org.plaincaptions.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a folder looks like a Vosk model before the native library sees it, so a wrong folder gets a
 * clear message instead of a native error.
 */
final class ModelCheck {
    private static final List<String> REQUIRED = List.of("am/final.mdl", "conf/mfcc.conf");

    private ModelCheck() {
    }

    static boolean looksLikeModel(Path dir) {
        return Files.isDirectory(dir) && missing(dir) == null;
    }

    static void verify(Path dir) throws SpeechModelException {
        if (!Files.exists(dir)) {
            throw new SpeechModelException("No speech model found in " + dir + ": " + ModelLocator.FETCH_HINT + ".");
        }
        if (!Files.isDirectory(dir)) {
            throw new SpeechModelException("The speech model " + dir + " is a file, not a folder: "
                    + ModelLocator.FETCH_HINT + ".");
        }
        String missing = missing(dir);
        if (missing != null) {
            throw new SpeechModelException("The folder " + dir + " is not a complete Vosk model (" + missing
                    + " is missing): " + ModelLocator.FETCH_HINT + ".");
        }
    }

    /** The first required part that is absent or empty, or null when the folder is complete. */
    private static String missing(Path dir) {
        for (String part : REQUIRED) {
            Path file = dir.resolve(part);
            if (!isNonEmptyFile(file)) {
                return part;
            }
        }
        Path graph = dir.resolve("graph");
        boolean staticGraph = isNonEmptyFile(graph.resolve("HCLG.fst")) || isNonEmptyFile(dir.resolve("HCLG.fst"));
        boolean lookaheadGraph = isNonEmptyFile(graph.resolve("HCLr.fst")) && isNonEmptyFile(graph.resolve("Gr.fst"));
        return staticGraph || lookaheadGraph ? null : "graph/HCLG.fst or graph/HCLr.fst with graph/Gr.fst";
    }

    private static boolean isNonEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

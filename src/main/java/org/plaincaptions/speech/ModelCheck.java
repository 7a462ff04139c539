package org.plaincaptions.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a folder is a complete Vosk model before the native library sees it, so a wrong or damaged
 * folder gets a clear message instead of a native error or a crash. Measured on the small English
 * model (docs/decisions/0041-bad-input.md): Vosk refuses missing or cut-short binary files politely,
 * but a cut-short text file can abort the process ({@code conf/model.conf} or {@code ivector/splice.conf})
 * or crash it while decoding ({@code graph/disambig_tid.int}); those are read and checked here.
 */
final class ModelCheck {
    private static final List<String> REQUIRED = List.of("am/final.mdl", "conf/mfcc.conf");
    private static final List<String> IVECTOR = List.of("final.dubm", "final.ie", "final.mat", "global_cmvn.stats",
            "splice.conf");
    private static final List<String> OPTION_FILES = List.of("conf/mfcc.conf", "conf/model.conf",
            "ivector/splice.conf", "ivector/online_cmvn.conf");
    /** A Kaldi option line: {@code --name=value} or {@code --flag}. */
    private static final Pattern OPTION = Pattern.compile("--[A-Za-z0-9][A-Za-z0-9._-]*(=.*)?");
    private static final Pattern INTEGER = Pattern.compile("[0-9]+");
    /** Text files in a model are small; anything bigger is not the file we expect. */
    private static final long MAX_TEXT_BYTES = 1 << 20;

    private ModelCheck() {
    }

    static boolean looksLikeModel(Path dir) {
        return Files.isDirectory(dir) && problem(dir) == null;
    }

    static void verify(Path dir) throws SpeechModelException {
        if (!Files.exists(dir)) {
            throw new SpeechModelException("No speech model found in " + dir + ": " + ModelLocator.FETCH_HINT + ".");
        }
        if (!Files.isDirectory(dir)) {
            throw new SpeechModelException("The speech model " + dir + " is a file, not a folder: "
                    + ModelLocator.FETCH_HINT + ".");
        }
        String problem = problem(dir);
        if (problem != null) {
            throw new SpeechModelException("The folder " + dir + " is not a complete Vosk model (" + problem + "): "
                    + ModelLocator.FETCH_HINT + ".");
        }
    }

    /** What is wrong with the folder as a model, in a few words; null when nothing is. */
    static String problem(Path dir) {
        for (String part : REQUIRED) {
            if (!isNonEmptyFile(dir.resolve(part))) {
                return part + " is missing or empty";
            }
        }
        Path graph = dir.resolve("graph");
        boolean staticGraph = isNonEmptyFile(graph.resolve("HCLG.fst")) || isNonEmptyFile(dir.resolve("HCLG.fst"));
        boolean lookaheadGraph = isNonEmptyFile(graph.resolve("HCLr.fst")) && isNonEmptyFile(graph.resolve("Gr.fst"));
        if (!staticGraph && !lookaheadGraph) {
            return "graph/HCLG.fst or graph/HCLr.fst with graph/Gr.fst is missing";
        }
        if (lookaheadGraph && !staticGraph) {
            String disambig = integerList(graph.resolve("disambig_tid.int"));
            if (disambig != null) {
                return "graph/disambig_tid.int " + disambig;
            }
        }
        Path ivector = dir.resolve("ivector");
        if (Files.isDirectory(ivector)) {
            for (String part : IVECTOR) {
                if (!isNonEmptyFile(ivector.resolve(part))) {
                    return "ivector/" + part + " is missing or empty";
                }
            }
            String splice = spliceContext(ivector.resolve("splice.conf"));
            if (splice != null) {
                return "ivector/splice.conf " + splice;
            }
        }
        for (String part : OPTION_FILES) {
            String options = optionLines(dir.resolve(part));
            if (options != null) {
                return part + " " + options;
            }
        }
        return null;
    }

    /** Every line a whole number, and the last line complete; null when so. */
    private static String integerList(Path file) {
        List<String> lines = completeLines(file);
        if (lines == null) {
            return Files.exists(file) ? "is cut short" : "is missing";
        }
        if (lines.stream().noneMatch(l -> !l.isBlank())) {
            return "is empty";
        }
        for (String line : lines) {
            if (!line.isBlank() && !INTEGER.matcher(line.strip()).matches()) {
                return "is damaged";
            }
        }
        return null;
    }

    /** Kaldi option lines, or comments; null when so (or when the file is absent: it is optional). */
    private static String optionLines(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        List<String> lines = completeLines(file);
        if (lines == null) {
            return "is cut short";
        }
        for (String line : lines) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && !OPTION.matcher(l).matches()) {
                return "is damaged";
            }
        }
        return null;
    }

    /** Both splice contexts, or the LDA matrix will not fit the features (a native abort). */
    private static String spliceContext(Path file) {
        List<String> lines = completeLines(file);
        if (lines == null) {
            return "is cut short";
        }
        boolean left = lines.stream().anyMatch(l -> l.strip().matches("--left-context=[0-9]+"));
        boolean right = lines.stream().anyMatch(l -> l.strip().matches("--right-context=[0-9]+"));
        return left && right ? null : "is damaged";
    }

    /** The file's lines if it is small UTF-8 text ending with a line break (else it was cut short); else null. */
    private static List<String> completeLines(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_TEXT_BYTES) {
                return null;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                return null;
            }
            return text.lines().toList();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isNonEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}

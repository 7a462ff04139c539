package org.plaincaptions.plain.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the evaluation set, one JSON object a line in {@code src/test/resources/plain-eval/}:
 * {@code dev.jsonl} and {@code heldout.jsonl} (the two halves of the first set, split before scoring)
 * and {@code fresh.jsonl} (a second held-back set from other sources, built after the first held-back
 * half was scored and so spent) and {@code third.jsonl} (a third held-back set from other sources and
 * registers, built after the fresh set had been read during development). {@link #HELDOUT},
 * {@link #FRESH} and {@link #THIRD} are for the final score only: develop against {@link #DEV}.
 */
public enum EvalSet {
    DEV("dev"), HELDOUT("heldout"), FRESH("fresh"), THIRD("third");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String half;

    EvalSet(String half) {
        this.half = half;
    }

    /** "dev", "heldout", "fresh" or "third". */
    public String half() {
        return half;
    }

    /** The part named {@code name} ("dev", "heldout", "fresh" or "third"). */
    public static EvalSet named(String name) {
        for (EvalSet set : values()) {
            if (set.half.equals(name)) {
                return set;
            }
        }
        throw new IllegalArgumentException("No half called \"" + name + "\": use dev, heldout, fresh or third");
    }

    /** The sentences of this half, read from the test class path. */
    public List<EvalSentence> sentences() {
        try (InputStream in = EvalSet.class.getResourceAsStream("/plain-eval/" + half + ".jsonl")) {
            if (in == null) {
                throw new IllegalStateException("plain-eval/" + half + ".jsonl is not on the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<EvalSentence> read(BufferedReader reader) throws IOException {
        List<EvalSentence> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                out.add(JSON.readValue(line, EvalSentence.class));
            }
        }
        return out;
    }

    static void write(Path file, List<EvalSentence> sentences) throws IOException {
        StringBuilder out = new StringBuilder();
        for (EvalSentence s : sentences) {
            out.append(JSON.writeValueAsString(s)).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}

package org.plaincaptions.plain.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the evaluation set once from annotated source notes, before anything is scored: converts
 * each sentence with {@link AsrText}, lists the words that must survive, and splits each source's
 * sentences at random (fixed seed) into the dev and held-back halves, an odd sentence out going to
 * each half in turn. The notes themselves are not kept in the repository, so the held-back sentences
 * exist in one file only.
 *
 * <p>Notes format, one item a line: {@code @source ID}, then per sentence {@code S sentence as written}
 * followed by {@code J term = plain one|plain two} for each jargon term and optionally
 * {@code K word word} to name the words that must survive (else: every content word outside the jargon).
 *
 * <p>{@code EvalSplit NOTES_DIR OUT_DIR} writes {@code OUT_DIR/dev.jsonl} and {@code OUT_DIR/heldout.jsonl};
 * {@code EvalSplit --fresh NOTES_DIR OUT_DIR} writes every sentence of the notes, unsplit, to
 * {@code OUT_DIR/fresh.jsonl} (the second held-back set: nothing of it goes to a development half);
 * {@code EvalSplit --third NOTES_DIR OUT_DIR} does the same for the third held-back set, {@code OUT_DIR/third.jsonl};
 * {@code EvalSplit --reconvert OUT_DIR} recomputes {@code asr}, {@code heard} and {@code keep} of every
 * part from their {@code original} and {@code term} fields (after a change to {@link AsrText}).
 */
public final class EvalSplit {
    /** The seed of the split: fixed, so the halves never change. */
    static final long SEED = 20261201L;

    private EvalSplit() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--reconvert")) {
            for (EvalSet set : EvalSet.values()) {
                Path file = Path.of(args[1], set.half() + ".jsonl");
                List<EvalSentence> again = new ArrayList<>();
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (EvalSentence s : EvalSet.read(reader)) {
                        again.add(annotate(s.id(), s.source(), s.original(), s.jargon(), null));
                    }
                }
                EvalSet.write(file, again);
                System.out.println(set.half() + ": " + again.size() + " sentences reconverted");
            }
            return;
        }
        if (args.length == 3 && (args[0].equals("--fresh") || args[0].equals("--third"))) {
            EvalSet set = EvalSet.named(args[0].substring(2));
            Map<String, List<EvalSentence>> bySource = readNotes(Path.of(args[1]));
            List<EvalSentence> all = new ArrayList<>();
            bySource.values().forEach(all::addAll);
            EvalSet.write(Path.of(args[2], set.half() + ".jsonl"), all);
            System.out.println("sources " + bySource.size() + ", " + set.half() + " " + all.size());
            return;
        }
        if (args.length != 2) {
            System.err.println("Usage: EvalSplit NOTES_DIR OUT_DIR | EvalSplit --fresh|--third NOTES_DIR OUT_DIR"
                    + " | EvalSplit --reconvert OUT_DIR");
            System.exit(2);
        }
        Map<String, List<EvalSentence>> bySource = readNotes(Path.of(args[0]));
        List<EvalSentence> dev = new ArrayList<>();
        List<EvalSentence> heldout = new ArrayList<>();
        Random random = new Random(SEED);
        boolean extraToDev = true;
        for (List<EvalSentence> sentences : bySource.values()) {
            List<EvalSentence> shuffled = new ArrayList<>(sentences);
            Collections.shuffle(shuffled, random);
            int toDev = shuffled.size() / 2 + (shuffled.size() % 2 == 1 && extraToDev ? 1 : 0);
            if (shuffled.size() % 2 == 1) {
                extraToDev = !extraToDev;
            }
            dev.addAll(inOrder(shuffled.subList(0, toDev), sentences));
            heldout.addAll(inOrder(shuffled.subList(toDev, shuffled.size()), sentences));
        }
        EvalSet.write(Path.of(args[1], "dev.jsonl"), dev);
        EvalSet.write(Path.of(args[1], "heldout.jsonl"), heldout);
        System.out.println("sources " + bySource.size() + ", dev " + dev.size() + ", heldout " + heldout.size());
    }

    private static List<EvalSentence> inOrder(List<EvalSentence> picked, List<EvalSentence> all) {
        List<EvalSentence> out = new ArrayList<>(picked);
        out.sort((a, b) -> Integer.compare(all.indexOf(a), all.indexOf(b)));
        return out;
    }

    static Map<String, List<EvalSentence>> readNotes(Path dir) throws IOException {
        Map<String, List<EvalSentence>> bySource = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String source = null;
            String sentence = null;
            List<EvalSentence.Term> terms = new ArrayList<>();
            List<String> keep = null;
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.add("S");
            for (String line : lines) {
                if (line.startsWith("S") || line.startsWith("@source")) {
                    if (sentence != null) {
                        List<EvalSentence> list = bySource.computeIfAbsent(source, k -> new ArrayList<>());
                        String id = String.format("%s-%02d", source, list.size() + 1);
                        list.add(annotate(id, source, sentence, terms, keep));
                    }
                    sentence = null;
                    terms = new ArrayList<>();
                    keep = null;
                    if (line.startsWith("@source")) {
                        source = line.substring("@source".length()).strip();
                    } else if (line.length() > 2) {
                        sentence = line.substring(2).strip();
                    }
                } else if (line.startsWith("J ")) {
                    String[] parts = line.substring(2).split(" = ", 2);
                    List<String> plain = Arrays.stream(parts[1].split("\\|")).map(String::strip).toList();
                    terms.add(new EvalSentence.Term(parts[0].strip(), AsrText.of(parts[0]), plain));
                } else if (line.startsWith("K ")) {
                    keep = Arrays.asList(AsrText.of(line.substring(2)).split(" "));
                } else if (!line.isBlank()) {
                    throw new IllegalArgumentException(file + ": cannot read line: " + line);
                }
            }
        }
        return bySource;
    }

    /** A sentence with its recogniser form, each term found in it, and the words that must survive. */
    static EvalSentence annotate(String id, String source, String original, List<EvalSentence.Term> terms,
                                 List<String> keep) {
        String asr = AsrText.of(original);
        List<String> tokens = Words.tokens(asr);
        Set<Integer> inJargon = new HashSet<>();
        List<EvalSentence.Term> heard = new ArrayList<>();
        for (EvalSentence.Term term : terms) {
            EvalSentence.Term t = new EvalSentence.Term(term.term(), AsrText.of(term.term()), term.plain());
            List<String> words = Words.tokens(t.heard());
            List<Integer> at = Words.find(tokens, words);
            if (at.isEmpty()) {
                throw new IllegalArgumentException(id + ": term \"" + t.heard() + "\" is not in \"" + asr + "\"");
            }
            for (int start : at) {
                for (int k = start; k < start + words.size(); k++) {
                    inJargon.add(k);
                }
            }
            if (heard.stream().noneMatch(h -> h.heard().equals(t.heard()))) {
                heard.add(t);
            }
        }
        List<String> survive = keep;
        if (survive == null) {
            survive = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!inJargon.contains(i) && !Words.FUNCTION_WORDS.contains(tokens.get(i))) {
                    survive.add(tokens.get(i));
                }
            }
        }
        return new EvalSentence(id, source, original, asr, heard, survive);
    }
}

package org.plaincaptions.plain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Churn of a caption track: words already shown that a later result changes or takes away. Measured
 * on recorded partial sequences (see bench/plain-churn.sh) for the raw track and the plain track.
 * Case and punctuation are ignored, so the final's capital letter and full stop are not churn.
 */
final class Churn {
    /** One utterance: its partial results in order, then its final result. */
    record Utterance(List<String> partials, String finalText) {
    }

    /**
     * Totals over utterances.
     *
     * @param shownWords    words in the final results
     * @param churnedWords  shown words later changed or removed
     * @param ownChurnWords churned words at steps where the recogniser only added words: churn the track's own
     *                      processing caused, not the recogniser changing its mind
     * @param heldWords     raw words held back, summed over partials
     * @param partials      partial results seen
     */
    record Totals(int shownWords, int churnedWords, int ownChurnWords, int heldWords, int partials) {
        double churnPer100Words() {
            return shownWords == 0 ? 0 : 100.0 * churnedWords / shownWords;
        }
    }

    private Churn() {
    }

    static List<Utterance> read(String resource) throws IOException {
        try (InputStream in = Churn.class.getResourceAsStream(resource)) {
            List<Utterance> utterances = new ArrayList<>();
            List<String> partials = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("P ")) {
                    partials.add(line.substring(2));
                } else if (line.startsWith("F ")) {
                    utterances.add(new Utterance(List.copyOf(partials), line.substring(2)));
                    partials.clear();
                }
            }
            return utterances;
        }
    }

    /** Churn of the raw track: the recogniser's own changes of mind. */
    static Totals raw(List<Utterance> utterances) {
        return measure(utterances, raw -> new Rewrite(raw, raw, List.of(), 0), raw -> raw);
    }

    /** Churn of the plain track produced by {@code rewriter}. */
    static Totals plain(List<Utterance> utterances, PlainRewriter rewriter) {
        return measure(utterances, rewriter::rewritePartial, raw -> rewriter.rewriteFinal(raw).plain());
    }

    private static Totals measure(List<Utterance> utterances, Function<String, Rewrite> partial,
                                  Function<String, String> fin) {
        int shown = 0;
        int churned = 0;
        int own = 0;
        int held = 0;
        int partials = 0;
        for (Utterance u : utterances) {
            List<String> before = List.of();
            List<String> rawBefore = List.of();
            List<List<String>> steps = new ArrayList<>();
            List<List<String>> rawSteps = new ArrayList<>();
            for (String p : u.partials()) {
                Rewrite r = partial.apply(p);
                held += r.heldBackWords();
                partials++;
                steps.add(words(r.plain()));
                rawSteps.add(words(p));
            }
            steps.add(words(fin.apply(u.finalText())));
            rawSteps.add(words(u.finalText()));
            for (int k = 0; k < steps.size(); k++) {
                int changed = changed(before, steps.get(k));
                churned += changed;
                boolean rawOnlyGrew = isPrefix(rawBefore, rawSteps.get(k));
                own += rawOnlyGrew ? changed : 0;
                before = steps.get(k);
                rawBefore = rawSteps.get(k);
            }
            shown += before.size();
        }
        return new Totals(shown, churned, own, held, partials);
    }

    private static int changed(List<String> before, List<String> after) {
        int changed = 0;
        for (int j = 0; j < before.size(); j++) {
            if (j >= after.size() || !before.get(j).equals(after.get(j))) {
                changed++;
            }
        }
        return changed;
    }

    private static boolean isPrefix(List<String> shorter, List<String> longer) {
        return shorter.size() <= longer.size() && longer.subList(0, shorter.size()).equals(shorter);
    }

    static List<String> words(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .map(w -> w.replaceAll("[.,!?;:]+$", "")).filter(w -> !w.isEmpty()).toList();
    }
}

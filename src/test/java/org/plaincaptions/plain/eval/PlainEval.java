package org.plaincaptions.plain.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.PlainStage;

/**
 * Scores a plain-language rewriter on one half of the evaluation set. Each sentence's {@code asr} text
 * goes through {@link PlainRewriter#rewriteFinal(String)}, as {@code simplify} does; the output is
 * compared after normalising it the same way as the input ({@link AsrText#of}: lowercase, no
 * punctuation, numbers in words, American spelling), with the words of an explanation in brackets
 * kept apart. A "term" below is one annotated jargon term in one sentence.
 *
 * <ul>
 *   <li><b>jargon gone or explained</b>: the share of terms whose words no longer appear together in
 *       the output, except directly followed by a bracketed explanation ("co production (designing
 *       services with the people who use them)" counts as explained).</li>
 *   <li><b>acceptable plain alternative</b>: the share of terms for which one of the annotated plain
 *       alternatives appears in the output (inside an explanation too) more often than it appears in
 *       the input, comparing word stems so inflections count ("set up" matches "setting up"); an
 *       alternative written "-" is met when the term is simply gone.</li>
 *   <li><b>other words kept</b>: of the annotated words that must survive (the content words outside
 *       the jargon), the share still in the output, by stem, counting repeats.</li>
 *   <li><b>broken sentences</b>: how many outputs {@link BrokenPatterns} flags (and, for reference,
 *       how many inputs it flags: it should be none).</li>
 * </ul>
 *
 * <p>Run {@code bench/plain-eval.sh dev}; it prints the figures and writes every input and output
 * to {@code target/plain-eval/dev-outputs.tsv} so a person can read them all. {@code heldout},
 * {@code fresh} and {@code third} are for the final score only ({@code heldout} is already spent: it was
 * scored once; {@code third} is the set nobody has read or tuned against).
 */
public final class PlainEval {

    /** The figures for one half; percentages are 0–100. */
    public record Figures(int sentences, int terms, double goneOrExplained, double acceptable, double kept,
                          int brokenOutputs, int brokenInputs) {
        String describe() {
            return String.format(Locale.ROOT,
                    "sentences %d, jargon terms %d%n"
                    + "jargon gone or explained      %5.1f %%%n"
                    + "acceptable plain alternative  %5.1f %%%n"
                    + "other words kept              %5.1f %%%n"
                    + "broken sentences              %d of %d (inputs flagged: %d)",
                    sentences, terms, goneOrExplained, acceptable, kept, brokenOutputs, sentences, brokenInputs);
        }
    }

    /** One sentence's result. */
    public record Scored(EvalSentence sentence, String output, List<String> termsLeft, List<String> termsWithoutPlain,
                         List<String> wordsLost, List<BrokenPatterns.Problem> problems) {
    }

    private PlainEval() {
    }

    /** Scores {@code rewrite} (input: recogniser text, output: the plain track) on {@code sentences}. */
    public static List<Scored> score(List<EvalSentence> sentences, UnaryOperator<String> rewrite) {
        List<Scored> out = new ArrayList<>();
        for (EvalSentence s : sentences) {
            out.add(scoreOne(s, rewrite.apply(s.asr())));
        }
        return out;
    }

    /** Adds up the results. */
    public static Figures figures(List<Scored> scored) {
        int terms = 0;
        int gone = 0;
        int acceptable = 0;
        int keep = 0;
        int kept = 0;
        int broken = 0;
        int brokenIn = 0;
        for (Scored s : scored) {
            int n = s.sentence().jargon().size();
            terms += n;
            gone += n - s.termsLeft().size();
            acceptable += n - s.termsWithoutPlain().size();
            keep += s.sentence().keep().size();
            kept += s.sentence().keep().size() - s.wordsLost().size();
            broken += s.problems().isEmpty() ? 0 : 1;
            brokenIn += BrokenPatterns.isBroken(s.sentence().asr()) ? 1 : 0;
        }
        return new Figures(scored.size(), terms, percent(gone, terms), percent(acceptable, terms), percent(kept, keep),
                broken, brokenIn);
    }

    static Scored scoreOne(EvalSentence s, String output) {
        Output shown = Output.of(output);
        List<String> inStems = Words.stems(Words.tokens(s.asr()));
        List<String> left = new ArrayList<>();
        List<String> withoutPlain = new ArrayList<>();
        for (EvalSentence.Term term : s.jargon()) {
            List<String> words = Words.tokens(term.heard());
            boolean bare = false;
            boolean any = false;
            for (int at : Words.find(shown.words(), words)) {
                any = true;
                int after = at + words.size();
                bare |= !(after < shown.words().size() && shown.explanationStarts().contains(after));
            }
            if (bare) {
                left.add(term.heard());
            }
            boolean ok = false;
            for (String alternative : term.plain()) {
                if (alternative.equals("-")) {
                    ok |= !any;
                } else {
                    List<String> alt = Words.stems(Words.tokens(AsrText.of(alternative)));
                    ok |= Words.find(shown.stems(), alt).size() > Words.find(inStems, alt).size();
                }
            }
            if (!ok) {
                withoutPlain.add(term.heard());
            }
        }
        Map<String, Integer> available = new HashMap<>();
        for (String stem : shown.stems()) {
            available.merge(stem, 1, Integer::sum);
        }
        List<String> lost = new ArrayList<>();
        for (String word : s.keep()) {
            String stem = Words.stem(word);
            if (available.getOrDefault(stem, 0) > 0) {
                available.merge(stem, -1, Integer::sum);
            } else {
                lost.add(word);
            }
        }
        return new Scored(s, output, left, withoutPlain, lost, BrokenPatterns.find(output));
    }

    /** The output's words in recogniser form, and where a bracketed explanation starts among them. */
    private record Output(List<String> words, List<String> stems, List<Integer> explanationStarts) {
        static Output of(String output) {
            List<String> words = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            String[] pieces = output.split("(?=\\()|(?<=\\))");
            for (String piece : pieces) {
                if (piece.startsWith("(")) {
                    starts.add(words.size());
                }
                words.addAll(Words.tokens(AsrText.of(piece)));
            }
            return new Output(words, Words.stems(words), starts);
        }
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    /** {@code PlainEval dev|heldout|fresh|third OUT_DIR}: scores the default rewriter, prints the figures, writes every pair. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: PlainEval dev|heldout|fresh|third OUT_DIR   (heldout, fresh and third are for the final score only)");
            System.exit(2);
        }
        EvalSet set = EvalSet.named(args[0]);
        PlainRewriter rewriter = PlainStage.create(List.of(), warning -> System.err.println(warning));
        List<Scored> scored = score(set.sentences(), raw -> rewriter.rewriteFinal(raw).plain());
        Path out = Path.of(args[1], set.half() + "-outputs.tsv");
        write(out, scored);
        System.out.println("half " + set.half());
        System.out.println(figures(scored).describe());
        System.out.println("every input and output: " + out);
        List<SuggestionEval.Asked> asked = SuggestionEval.ask(scored, SuggestionEval.forApp(rewriter));
        Path suggestions = Path.of(args[1], set.half() + "-suggestions.tsv");
        StringBuilder tsv = new StringBuilder("id\tword\tjargon list\toffered\tacceptable\thit\n");
        for (SuggestionEval.Asked a : asked) {
            tsv.append(a.id()).append('\t').append(a.word()).append('\t').append(a.listed()).append('\t')
                    .append(String.join("; ", a.offered())).append('\t').append(String.join("; ", a.acceptable()))
                    .append('\t').append(a.hit()).append('\n');
        }
        Files.writeString(suggestions, tsv, StandardCharsets.UTF_8);
        System.out.println(SuggestionEval.figures(asked).describe());
        System.out.println("every suggestion: " + suggestions);
    }

    static void write(Path file, List<Scored> scored) throws IOException {
        StringBuilder tsv = new StringBuilder("id\tinput\toutput\tjargon left\tno plain alternative\twords lost\tbroken\n");
        for (Scored s : scored) {
            tsv.append(s.sentence().id()).append('\t').append(s.sentence().asr()).append('\t').append(s.output())
                    .append('\t').append(String.join("; ", s.termsLeft()))
                    .append('\t').append(String.join("; ", s.termsWithoutPlain()))
                    .append('\t').append(String.join(" ", s.wordsLost()))
                    .append('\t').append(s.problems().stream().map(p -> p.check() + ": " + p.words()).toList()
                            .toString().replace("[]", ""))
                    .append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
    }
}

package org.plaincaptions.plain.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plaincaptions.plain.CommonWords;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.suggest.PlainSuggester;
import org.plaincaptions.suggest.Suggestion;

/**
 * How often the control room's suggestions offer an acceptable plain word for the jargon the glossary
 * leaves: over the one-word annotated terms that the rewriter left in place ({@link PlainEval}), the
 * share for which one of the (up to three) suggestions matches an annotated alternative by stems.
 * "Jargon list" words are those the control room lists: rare (not in the common-word list) as well.
 */
final class SuggestionEval {

    /** Hits over asked, for the Jargon-list words and for every one-word term left. */
    record Figures(int listed, int listedHits, int left, int leftHits) {
        String describe() {
            return String.format(Locale.ROOT,
                    "suggestions: acceptable among the three for %d of %d Jargon-list words (%.1f %%),%n"
                    + "             for %d of %d one-word terms left in place (%.1f %%)",
                    listedHits, listed, percent(listedHits, listed), leftHits, left, percent(leftHits, left));
        }
    }

    /** One asked word: what was suggested and whether one is acceptable. */
    record Asked(String id, String word, boolean listed, List<String> offered, List<String> acceptable, boolean hit) {
    }

    private SuggestionEval() {
    }

    static List<Asked> ask(List<PlainEval.Scored> scored, PlainSuggester suggester) {
        List<Asked> out = new ArrayList<>();
        CommonWords common = CommonWords.everyday();
        for (PlainEval.Scored s : scored) {
            for (EvalSentence.Term term : s.sentence().jargon()) {
                if (term.heard().contains(" ") || !s.termsLeft().contains(term.heard())) {
                    continue;
                }
                List<String> offered = suggester.suggest(term.heard()).stream().map(Suggestion::plain).toList();
                boolean hit = false;
                for (String o : offered) {
                    List<String> stems = Words.stems(Words.tokens(AsrText.of(o)));
                    for (String alternative : term.plain()) {
                        hit |= stems.equals(Words.stems(Words.tokens(AsrText.of(alternative))));
                    }
                }
                out.add(new Asked(s.sentence().id(), term.heard(), !common.isCommon(term.heard()), offered,
                        term.plain(), hit));
            }
        }
        return out;
    }

    static Figures figures(List<Asked> asked) {
        int listed = 0;
        int listedHits = 0;
        int hits = 0;
        for (Asked a : asked) {
            listed += a.listed() ? 1 : 0;
            listedHits += a.listed() && a.hit() ? 1 : 0;
            hits += a.hit() ? 1 : 0;
        }
        return new Figures(listed, listedHits, asked.size(), hits);
    }

    /** The suggester the app uses, over the default glossary. */
    static PlainSuggester forApp(PlainRewriter rewriter) throws Exception {
        return new PlainSuggester(org.plaincaptions.suggest.WordNetThesaurus.load(), CommonWords.everyday()::isCommon,
                words -> rewriter.rewriteFinal(words).changed());
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }
}

package org.plaincaptions.plain.eval;

import java.util.List;

/**
 * One sentence of the evaluation set: where it comes from, as written, as the recogniser writes it,
 * and its annotations.
 *
 * @param id       stable id, {@code source-NN}
 * @param source   the source's id in {@code SOURCES.md}
 * @param original the sentence as written in the source (lightly trimmed, see SOURCES.md)
 * @param asr      {@link AsrText#of} of {@code original}: the rewriter's input
 * @param jargon   the jargon terms said in it, each with acceptable plain alternatives
 * @param keep     the words outside the jargon that must survive (content words, as in {@code asr})
 */
public record EvalSentence(String id, String source, String original, String asr, List<Term> jargon,
                           List<String> keep) {

    public EvalSentence {
        jargon = List.copyOf(jargon);
        keep = List.copyOf(keep);
    }

    /**
     * A jargon term and what may replace it.
     *
     * @param term  as written in the original
     * @param heard as the recogniser writes it ({@link AsrText#of} of {@code term}); found in {@code asr}
     * @param plain acceptable plain alternatives, British spelling; {@code "-"} means leaving it out is fine
     */
    public record Term(String term, String heard, List<String> plain) {
        public Term {
            plain = List.copyOf(plain);
        }
    }
}

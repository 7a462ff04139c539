package org.plaincaptions.plain;

/**
 * The plain-language stage: turns text as the recogniser writes it into everyday words.
 * Implementations are pure functions of their glossaries and the text (no clocks, no I/O), and safe
 * to call from any thread.
 */
public interface PlainRewriter {

    /** Rewrites a finished utterance. */
    Rewrite rewriteFinal(String raw);

    /**
     * Rewrites the growing text of an utterance in progress. Words already shown must not change
     * because of the rewriter, so trailing words that may begin a longer term can be held back.
     */
    Rewrite rewritePartial(String raw);

    /** A rewriter that changes nothing: the raw track. */
    PlainRewriter VERBATIM = new PlainRewriter() {
        @Override
        public Rewrite rewriteFinal(String raw) {
            return Rewrite.unchanged(raw);
        }

        @Override
        public Rewrite rewritePartial(String raw) {
            return Rewrite.unchanged(raw);
        }
    };
}

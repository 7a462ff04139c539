package org.plaincaptions.plain;

import java.util.Set;

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

    /**
     * Rewrites a finished utterance, not explaining again the terms in {@code alreadyExplained}
     * (glossary terms in mode {@code explain} are explained on first use in a session).
     */
    default Rewrite rewriteFinal(String raw, Set<String> alreadyExplained) {
        return rewriteFinal(raw);
    }

    /** Rewrites a partial result, not explaining again the terms in {@code alreadyExplained}. */
    default Rewrite rewritePartial(String raw, Set<String> alreadyExplained) {
        return rewritePartial(raw);
    }

    /** Whether any glossary entry in use includes this word, in any form: jargon spotting skips those. */
    default boolean covers(String word) {
        return false;
    }

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

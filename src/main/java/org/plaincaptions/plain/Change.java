package org.plaincaptions.plain;

/**
 * One place where the plain text differs from what was said, so the screen can mark it and a reader
 * can see the original. Capital letters and the closing full stop of a final result are not listed:
 * they change how words look, not which words were said.
 *
 * @param original    the words as said (raw track); empty when words were added (an explanation in brackets)
 * @param replacement the words shown instead, exactly {@code plain.substring(plainStart, plainEnd)}; empty when
 *                    words were dropped (fillers, stutters)
 * @param plainStart  character offset of the replacement in {@link Rewrite#plain()}
 * @param plainEnd    end offset (exclusive) of the replacement in {@link Rewrite#plain()}
 * @param source      why: a glossary entry ({@code "glossary:leverage"}) or a rule ({@code "number"},
 *                    {@code "filler"}, {@code "stutter"}, {@code "article"}, {@code "spelling"})
 */
public record Change(String original, String replacement, int plainStart, int plainEnd, String source) {

    /** Whether this change came from a glossary entry rather than a built-in rule. */
    public boolean fromGlossary() {
        return source.startsWith("glossary:");
    }
}

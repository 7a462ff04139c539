package org.plaincaptions.plain;

/**
 * One place where the plain text differs from what was said, so the screen can mark it and a reader
 * can see the original.
 *
 * @param original    the words as said (raw track)
 * @param replacement the words shown instead (may be empty when words were dropped, e.g. fillers)
 * @param plainStart  character offset of the replacement in {@link Rewrite#plain()}
 * @param plainEnd    end offset (exclusive) of the replacement in {@link Rewrite#plain()}
 * @param source      why: a glossary entry ({@code "glossary:leverage"}) or a rule ({@code "number"})
 */
public record Change(String original, String replacement, int plainStart, int plainEnd, String source) {
}

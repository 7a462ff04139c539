package org.plaincaptions.plain;

/**
 * A term a glossary asks to report rather than change (mode {@code flag}), e.g. a word whose plain
 * form depends on its meaning. The words stay as said; the facilitator sees where they were.
 *
 * @param term       the glossary term, as written in the glossary
 * @param plainStart character offset of the term's words in {@link Rewrite#plain()}
 * @param plainEnd   end offset (exclusive)
 * @param note       the glossary's note for the facilitator, or the suggested plain words; may be empty
 * @param source     the glossary entry ({@code "glossary:key"}) and its file and line
 */
public record Flag(String term, int plainStart, int plainEnd, String note, String source) {
}

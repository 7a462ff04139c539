package org.plaincaptions.plain;

/**
 * One row of a glossary: the words people say and what to do about them.
 *
 * @param term   the jargon, as written in the file (base form: "leverage", not "leveraged")
 * @param plain  the everyday words; empty only for {@link Mode#FLAG}
 * @param pos    the term's part of speech, which decides the other forms generated for it
 * @param mode   replace the term, explain it in brackets on first use, or only flag it
 * @param note   a note for the facilitator, shown with flags; may be empty
 * @param source where the entry came from (a list, or who wrote it); may be empty
 * @param origin file and line of the row, for messages ("my-glossary.csv:12")
 */
public record GlossaryEntry(String term, String plain, PartOfSpeech pos, Mode mode, String note, String source,
                            String origin) {

    /** What the rewriter does when it hears a term. */
    public enum Mode {
        /** Show the plain words instead of the term. */
        REPLACE,
        /** Keep the term and add the plain words in brackets the first time it is used. */
        EXPLAIN,
        /** Leave the term as said, but report it, e.g. a word whose plain form depends on its meaning. */
        FLAG
    }

    /** Part of speech of a term: which other forms of it are matched. */
    public enum PartOfSpeech {
        /** Singular and plural (stakeholder, stakeholders). */
        NOUN,
        /** All five forms (leverage, leverages, leveraged, leveraging). */
        VERB,
        ADJECTIVE,
        ADVERB,
        /** A fixed phrase: matched only as written (in order to). */
        PHRASE,
        /** Not given: a single-word term with a single-word plain gets noun and verb forms. */
        UNSPECIFIED
    }

    /** A replacing entry with no part of speech, for tests and small glossaries built in code. */
    public static GlossaryEntry of(String term, String plain) {
        return new GlossaryEntry(term, plain, PartOfSpeech.UNSPECIFIED, Mode.REPLACE, "", "", "code");
    }
}

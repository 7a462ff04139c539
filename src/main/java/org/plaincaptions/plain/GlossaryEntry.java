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
 * @param place  where the plain words go: in the term's place, or after the noun that follows it
 *               ("a person centred plan" → "a plan built around the person")
 * @param plural the plain words for the plural of a noun term when they are not the plain words made
 *               plural by rule (synergy → working together, synergies → shared benefits); may be empty
 */
public record GlossaryEntry(String term, String plain, PartOfSpeech pos, Mode mode, String note, String source,
                            String origin, Place place, String plural) {

    public GlossaryEntry {
        place = place == null ? Place.TERM : place;
        plural = plural == null ? "" : plural;
    }

    /** An entry with its plain words in the term's place and no plural of its own. */
    public GlossaryEntry(String term, String plain, PartOfSpeech pos, Mode mode, String note, String source,
                         String origin) {
        this(term, plain, pos, mode, note, source, origin, Place.TERM, "");
    }

    /** Where the plain words of an entry are shown. */
    public enum Place {
        /** Where the term was said. */
        TERM,
        /** After the noun the term describes: an adjective whose plain words are a phrase ("built around the person"). */
        AFTER_NOUN
    }

    /** Whether the term or its plain words have a slot ({@code {ing}}, {@code {verb}}, {@code {object}}). */
    public boolean hasSlot() {
        return term.indexOf('{') >= 0 || plain.indexOf('{') >= 0;
    }

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

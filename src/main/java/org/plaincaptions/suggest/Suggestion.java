package org.plaincaptions.suggest;

/**
 * A plain alternative for a jargon word, ready to go into the meeting's glossary.
 *
 * @param term  the jargon word's base form: the glossary row's term, so all its forms are matched
 * @param plain the everyday words to show instead
 * @param pos   the part of speech of the sense it comes from
 */
public record Suggestion(String term, String plain, Thesaurus.Pos pos) {
}

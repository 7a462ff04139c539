package org.plaincaptions.plain;

/** One row of a glossary: the words people say and the everyday words to show instead. */
public record GlossaryEntry(String term, String plain) {
}

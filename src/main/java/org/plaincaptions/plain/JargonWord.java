package org.plaincaptions.plain;

/**
 * A rare word that no glossary covers, and how often it was said: a candidate for a new glossary row.
 *
 * @param word  the word as first heard, lowercase
 * @param count how many times it was said
 */
public record JargonWord(String word, int count) {
}

/**
 * Plain words to offer for jargon no glossary covers: synonyms and broader words from WordNet 3.1 of
 * the same part of speech, kept only when they are everyday words and not jargon themselves, most
 * common first (docs/decisions/0019-suggestions-from-wordnet.md). No JavaFX here; loading and
 * look-ups run on their own thread.
 */
package org.plaincaptions.suggest;

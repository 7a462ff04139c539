package org.plaincaptions.plain;

/** A glossary file could not be read at all. The message is one line naming the file. */
public class GlossaryException extends Exception {
    public GlossaryException(String message) {
        super(message);
    }
}

package org.plaincaptions.session;

/**
 * A session could not be found, read or written. The message is one line that names the session
 * or file and what to do. Damaged lines inside a readable session are not this: they are skipped.
 */
public class SessionFileException extends Exception {
    public SessionFileException(String message) {
        super(message);
    }

    public SessionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

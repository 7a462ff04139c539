package org.plaincaptions.audio;

/** Audio could not be opened or read. The message is one line that names the source and what to do. */
public class AudioSourceException extends Exception {
    public AudioSourceException(String message) {
        super(message);
    }

    public AudioSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}

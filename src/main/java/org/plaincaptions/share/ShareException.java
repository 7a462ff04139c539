package org.plaincaptions.share;

/** Sharing could not start; the message is one line for the facilitator, saying what to do. */
public final class ShareException extends Exception {
    public ShareException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.plaincaptions.publish;

/**
 * The edge did not take a message. {@code reason} is a few words for the facilitator ("connection
 * refused"); when {@code dropMessage} the message itself was refused (too large) and is not retried.
 */
final class EdgeException extends Exception {
    private final boolean dropMessage;

    EdgeException(String reason, boolean dropMessage) {
        super(reason);
        this.dropMessage = dropMessage;
    }

    String reason() {
        return getMessage();
    }

    boolean dropMessage() {
        return dropMessage;
    }
}

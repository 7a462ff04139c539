package org.plaincaptions.publish;

/**
 * How publishing to the edge is going, for the facilitator: {@code trouble} while the edge cannot be
 * reached (captions go on on the laptop), not when it is reached again.
 *
 * @param message one line: what happened and what the app does about it
 */
public record PublishNotice(boolean trouble, String message) {
}

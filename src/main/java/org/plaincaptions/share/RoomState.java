package org.plaincaptions.share;

import java.util.Locale;

/** What the readers' page says about the room, beside the captions (docs/reader-events.md). */
public enum RoomState {
    NOT_STARTED("Captions have not started yet"),
    LISTENING("Listening"),
    PAUSED("Paused by the facilitator"),
    MICROPHONE_LOST("The microphone was lost: reconnecting"),
    STOPPED("Captions are not being shared right now"),
    ENDED("The session has ended");

    private final String text;

    RoomState(String text) {
        this.text = text;
    }

    /** The words a reader sees. */
    public String text() {
        return text;
    }

    /** As in the events: {@code not-started}, {@code microphone-lost}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

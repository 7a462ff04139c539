package org.plaincaptions.ui.display;

/** The small status word the room can see on the caption screen. */
public enum RoomStatus {
    NOT_STARTED("Not started"),
    LISTENING("Listening"),
    PAUSED("Paused"),
    TOO_QUIET("Too quiet"),
    FALLING_BEHIND("Falling behind"),
    MICROPHONE_LOST("Microphone lost"),
    STOPPED("Stopped");

    private final String text;

    RoomStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}

package org.plaincaptions.pipeline;

/**
 * A change in how captioning is going, for the facilitator and the room: the microphone was lost or is
 * back, recognition is falling behind or has caught up, a stage failed and was restarted, the session
 * is not being saved. Captions go on through all of them.
 *
 * @param message one line for the facilitator, saying what happened and what the app does about it
 */
public record PipelineNotice(Kind kind, String message) {

    public enum Kind {
        /** The microphone stopped, went silent or could not be opened; retried every few seconds. */
        MICROPHONE_LOST("Microphone lost: reconnecting…"),
        /** The microphone works again; captions continue in the same session. */
        MICROPHONE_BACK(""),
        /** Recognition runs more than a few seconds behind the speaker; audio waits, none is lost. */
        FALLING_BEHIND("Captions are running late"),
        /** Recognition has caught up with the speaker. */
        CAUGHT_UP(""),
        /** Recognition fell so far behind that queued speech was skipped; the transcript marks where. */
        SPEECH_SKIPPED(""),
        /** Recognition or the plain-language stage failed and was restarted. */
        STAGE_RESTARTED(""),
        /** The session cannot be written to disk; saving is retried. */
        SESSION_NOT_SAVED(""),
        /** The session is being written to disk again, nothing held back was lost. */
        SESSION_SAVED_AGAIN("");

        private final String forRoom;

        Kind(String forRoom) {
            this.forRoom = forRoom;
        }

        /**
         * What the caption screen shows while this lasts, in a few words; empty for a notice the room
         * need not see, or one that ends an earlier notice (the screen then shows nothing special).
         */
        public String forRoom() {
            return forRoom;
        }
    }

    /** Whether this needs the facilitator's attention (the others say a problem has cleared). */
    public boolean isTrouble() {
        return switch (kind) {
            case MICROPHONE_BACK, CAUGHT_UP, SESSION_SAVED_AGAIN -> false;
            default -> true;
        };
    }
}

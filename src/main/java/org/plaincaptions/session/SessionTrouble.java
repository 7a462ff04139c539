package org.plaincaptions.session;

/**
 * Hears when a session cannot be saved (disk full, folder gone) and when saving works again. Called on
 * the session's writer thread; implementations hand the news on and return.
 */
public interface SessionTrouble {

    /** Captions go on, but are not reaching the disk; {@code message} is one line for the facilitator. */
    void notSaved(String message);

    /** Everything held back while saving failed has now been written. */
    void savedAgain();

    /** Ignores both. */
    SessionTrouble IGNORE = new SessionTrouble() {
        @Override
        public void notSaved(String message) {
        }

        @Override
        public void savedAgain() {
        }
    };
}

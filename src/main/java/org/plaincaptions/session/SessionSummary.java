package org.plaincaptions.session;

import java.time.Instant;

/**
 * A session as the list of past sessions shows it.
 *
 * @param id        the name to give {@code export} and the app: when it started, {@code 2026-11-26_101530}
 * @param started   when the session started
 * @param lastSaved the time of the last thing written to it
 * @param source    the microphone or file it captioned
 * @param captions  final captions in it
 * @param seconds   where its last caption or gap ends, in seconds since it started
 */
public record SessionSummary(String id, Instant started, Instant lastSaved, String source, int captions,
                             double seconds, State state) {

    /** The same session under another name: the file's name is what counts, whatever its header says. */
    public SessionSummary withId(String newId) {
        return newId.equals(id) ? this : new SessionSummary(newId, started, lastSaved, source, captions, seconds, state);
    }

    /** Whether a session is still being written, finished properly, or was cut off by a crash. */
    public enum State {
        /** Captions are running into it now (here or in another Plain Captions). */
        RUNNING,
        /** It was stopped properly. */
        ENDED,
        /** The app stopped without ending it (a crash, a power cut, kill -9); it is kept as it was. */
        INTERRUPTED
    }
}

package org.plaincaptions.session;

/** Sessions left as a crash leaves them (no end line, nobody writing), for tests of the app's recovery. */
public final class CrashedSessions {
    private CrashedSessions() {
    }

    /** A session in {@code store} with one caption per text, cut off as if the app was killed; returns its id. */
    public static String make(SessionStore store, String source, String... said) throws SessionFileException {
        SessionWriter writer = store.begin(source, SessionTrouble.IGNORE);
        for (int i = 0; i < said.length; i++) {
            writer.said(SessionFixtures.said(i, i * 5.0, said[i], said[i]));
        }
        writer.closeAsIfCrashed();
        return writer.id();
    }
}

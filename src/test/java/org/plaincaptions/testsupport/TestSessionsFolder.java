package org.plaincaptions.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.plaincaptions.session.SessionStore;

/**
 * Before any test runs, points the app's sessions at a folder under {@code target/}: tests that start
 * captions (the desktop app's, say) must not fill the real user's list of past sessions.
 */
public final class TestSessionsFolder implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(SessionStore.FOLDER_PROPERTY) == null) {
            try {
                Path folder = Files.createDirectories(Path.of("target", "test-sessions")).toAbsolutePath();
                System.setProperty(SessionStore.FOLDER_PROPERTY, folder.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a sessions folder for tests", e);
            }
        }
    }
}

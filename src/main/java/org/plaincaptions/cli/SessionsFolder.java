package org.plaincaptions.cli;

import java.nio.file.Path;
import org.plaincaptions.session.SessionStore;
import picocli.CommandLine.Option;

/** The hidden {@code --sessions-folder} option of every command that keeps or reads sessions (tests). */
final class SessionsFolder {
    @Option(names = "--sessions-folder", paramLabel = "DIR", hidden = true)
    Path folder;

    /** The folder given, else this user's sessions. */
    SessionStore store() {
        return folder == null ? SessionStore.forThisUser() : new SessionStore(folder);
    }
}

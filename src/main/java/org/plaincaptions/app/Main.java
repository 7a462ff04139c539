package org.plaincaptions.app;

import java.nio.file.Path;
import java.util.Optional;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.speech.VoskLibrary;

/**
 * Entry point of the jar. Deliberately not a JavaFX {@code Application}: a shaded jar whose main class
 * extends Application refuses to start on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Logs.configure(args);
        // Vosk's 26 MB native library is copied out of the jar once, not on every start (decision 0008);
        // plaincaptions.native: another folder for the copy (the jar's tests share one across their homes).
        VoskLibrary.keepIn(Optional.ofNullable(System.getProperty("plaincaptions.native")).map(Path::of)
                .orElseGet(() -> AppFolders.forThisUser().data().resolve("native")));
        int exit = PlainCaptionsCommand.run(args);
        if (exit >= 0) {
            System.exit(exit);
        }
    }
}

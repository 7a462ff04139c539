package org.plaincaptions.app;

import java.nio.file.Path;
import java.util.Arrays;
import org.plaincaptions.settings.AppFolders;

/**
 * Points Logback at the user's state folder before the first logger is made. Logs never hold what
 * people said at INFO; {@code --verbose} adds detail and copies it to standard error.
 */
final class Logs {
    private static Path logFile = Path.of("plain-captions.log");

    private Logs() {
    }

    static void configure(String[] args) {
        Path dir = AppFolders.forThisUser().state().resolve("logs");
        logFile = dir.resolve("plain-captions.log");
        System.setProperty("plaincaptions.logdir", dir.toString());
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("plaincaptions.loglevel", "DEBUG");
            System.setProperty("plaincaptions.consolelevel", "DEBUG");
        }
    }

    static Path logFile() {
        return logFile;
    }
}

package org.plaincaptions.app;

/**
 * Entry point of the jar. Deliberately not a JavaFX {@code Application}: a shaded jar whose main class
 * extends Application refuses to start on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Logs.configure(args);
        int exit = PlainCaptionsCommand.run(args);
        if (exit >= 0) {
            System.exit(exit);
        }
    }
}

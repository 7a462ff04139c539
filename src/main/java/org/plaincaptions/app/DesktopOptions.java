package org.plaincaptions.app;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line tells the desktop app. */
record DesktopOptions(Optional<Path> model, Optional<Path> audioFile, boolean startAtOnce) {
    static final DesktopOptions NONE = new DesktopOptions(Optional.empty(), Optional.empty(), false);

    DesktopOptions(Optional<Path> model, Optional<Path> audioFile) {
        this(model, audioFile, false);
    }
}

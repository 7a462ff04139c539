package org.plaincaptions.app;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line tells the desktop app. */
record DesktopOptions(Optional<Path> model, Optional<Path> audioFile) {
    static final DesktopOptions NONE = new DesktopOptions(Optional.empty(), Optional.empty());
}

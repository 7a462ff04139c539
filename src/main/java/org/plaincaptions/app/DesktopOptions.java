package org.plaincaptions.app;

import java.nio.file.Path;
import java.util.Optional;
import org.plaincaptions.publish.EdgeAddress;
import org.plaincaptions.share.ShareServer;

/** What the command line tells the desktop app. */
record DesktopOptions(Optional<Path> model, Optional<Path> audioFile, boolean startAtOnce,
                      Optional<ShareServer.Options> share, Optional<EdgeAddress> publish) {
    static final DesktopOptions NONE = new DesktopOptions(Optional.empty(), Optional.empty(), false);

    DesktopOptions(Optional<Path> model, Optional<Path> audioFile, boolean startAtOnce,
                   Optional<ShareServer.Options> share) {
        this(model, audioFile, startAtOnce, share, Optional.empty());
    }

    DesktopOptions(Optional<Path> model, Optional<Path> audioFile, boolean startAtOnce) {
        this(model, audioFile, startAtOnce, Optional.empty());
    }

    DesktopOptions(Optional<Path> model, Optional<Path> audioFile) {
        this(model, audioFile, false);
    }
}

package org.plaincaptions.ui.control;

import java.util.Optional;

/** What the "Share to phones" panel asks the app to do. FX thread; must not block. */
public interface ShareActions {
    /** Serves the reader page on {@code port} of every network of this computer. */
    void startSharing(int port, Optional<String> roomCode);

    void stopSharing();
}

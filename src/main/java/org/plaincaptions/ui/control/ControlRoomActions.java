package org.plaincaptions.ui.control;

import java.util.Optional;

/** What the control room's buttons ask the app to do. Called on the FX thread; must not block. */
public interface ControlRoomActions {
    void start(SourceChoice source);

    void stop();

    /** The facilitator picked another speech model folder. */
    void useModel(java.nio.file.Path folder);

    /** The facilitator picked the screen for captions; empty means "choose for me". */
    void showCaptionsOn(Optional<Integer> screenIndex);
}

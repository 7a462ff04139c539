package org.plaincaptions.app;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Short messages that slide in over the control room and go by themselves (ControlsFX notifications). */
final class Notices {
    private static final Logger LOGGER = LoggerFactory.getLogger(Notices.class);

    private Notices() {
    }

    static void info(Window owner, String title, String text) {
        show(owner, title, text, false);
    }

    static void warn(Window owner, String title, String text) {
        show(owner, title, text, true);
    }

    private static void show(Window owner, String title, String text, boolean warning) {
        try {
            Notifications note = Notifications.create().owner(owner).title(title).text(text)
                    .hideAfter(Duration.seconds(warning ? 10 : 4));
            if (warning) {
                note.showWarning();
            } else {
                note.showInformation();
            }
        } catch (RuntimeException e) {
            // A notice is a courtesy: the same words are in the control room's status line.
            LOGGER.debug("Notification not shown: {}", e.toString());
        }
    }
}

package org.plaincaptions.ui.control;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * "Captions are running: stop them and quit?" Closing the control room also takes the captions off the
 * projector, so while they run it asks first; Enter and Esc both keep captioning.
 */
final class QuitQuestion {
    private final Window owner;
    private Alert open;

    QuitQuestion(Window owner) {
        this.owner = owner;
    }

    /** Asks and waits for the answer; true to stop and quit. */
    boolean ask() {
        if (open != null) {
            return false; // already asking: a second close request waits for that answer
        }
        ButtonType quit = new ButtonType("Stop captions and quit", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep captioning", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", quit, keep);
        alert.initOwner(owner);
        alert.setTitle("Plain Captions: quit?");
        alert.setHeaderText("Captions are running: stop them and quit?");
        alert.setContentText("Quitting also closes the caption screen the room is reading. What has been said so "
                + "far is kept in Past sessions.");
        Button yes = (Button) alert.getDialogPane().lookupButton(quit);
        yes.setId("confirm-quit");
        yes.setDefaultButton(false);
        Button no = (Button) alert.getDialogPane().lookupButton(keep);
        no.setId("keep-captioning");
        no.setDefaultButton(true);
        open = alert;
        try {
            return alert.showAndWait().filter(quit::equals).isPresent();
        } finally {
            open = null;
        }
    }

    boolean isOpen() {
        return open != null;
    }
}

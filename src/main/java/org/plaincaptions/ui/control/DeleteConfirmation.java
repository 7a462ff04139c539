package org.plaincaptions.ui.control;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.plaincaptions.session.SessionSummary;

/**
 * "Delete this session for good?" A meeting's record is gone once deleted, so Enter and Esc both keep
 * it: only the "Delete for good" button deletes.
 */
final class DeleteConfirmation {
    private final Window owner;

    DeleteConfirmation(Window owner) {
        this.owner = owner;
    }

    boolean ask(SessionSummary session) {
        ButtonType deleteIt = new ButtonType("Delete for good", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", deleteIt, keep);
        alert.initOwner(owner);
        alert.setTitle("Delete a session");
        alert.setHeaderText("Delete " + SessionTable.name(session) + "?");
        alert.setContentText("Its " + session.captions() + " captions are deleted from this computer for good. "
                + "Export it first if anyone may need it.");
        Button yes = (Button) alert.getDialogPane().lookupButton(deleteIt);
        yes.setId("confirm-delete");
        yes.setDefaultButton(false);
        Button no = (Button) alert.getDialogPane().lookupButton(keep);
        no.setId("keep-session");
        no.setDefaultButton(true);
        return alert.showAndWait().filter(deleteIt::equals).isPresent();
    }
}

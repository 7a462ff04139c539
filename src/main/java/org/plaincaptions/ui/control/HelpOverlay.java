package org.plaincaptions.ui.control;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** F1: the shortcuts over the control room, from {@link Shortcut}; Esc or F1 hides it. */
final class HelpOverlay extends StackPane {

    HelpOverlay() {
        setId("help");
        getStyleClass().add("help-overlay");
        GridPane keys = new GridPane();
        keys.setId("help-keys");
        keys.setHgap(24);
        keys.setVgap(6);
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label key = new Label(shortcut.keys().getDisplayText());
            key.getStyleClass().add("help-key");
            keys.addRow(row++, key, new Label(shortcut.does()));
        }
        keys.addRow(row++, new Label("Alt + underlined letter"), new Label("Go to that control"));
        keys.addRow(row, new Label("Tab / Shift+Tab"), new Label("Next / previous control"));
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("help-title");
        Label close = new Label("Press Esc or F1 to close.");
        VBox card = new VBox(12, title, keys, close);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(20));
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setAccessibleText("Keyboard shortcuts");
        setVisible(false);
        setFocusTraversable(false);
    }

    boolean isOpen() {
        return isVisible();
    }

    void toggle() {
        setVisible(!isVisible());
        if (isVisible()) {
            requestFocus();
        }
    }

    void hide() {
        setVisible(false);
    }
}

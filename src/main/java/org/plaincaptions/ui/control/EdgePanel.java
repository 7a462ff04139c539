package org.plaincaptions.ui.control;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

/**
 * Beyond one laptop, in the Phones tab: the edge server's publisher URL for this room, a switch, and how
 * publishing is going (the edge lost and back). Binds to an {@link EdgeModel}; the switch calls
 * {@link EdgeActions}.
 */
public final class EdgePanel extends VBox {
    public EdgePanel(EdgeModel model, EdgeActions actions) {
        setId("edge-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        Label urlLabel = new Label("Publish to an _edge server (its URL for this room)");
        urlLabel.setMnemonicParsing(true);
        TextField url = new TextField();
        url.setId("edge-url");
        url.setPromptText("http://edge.example:8080/pub/hall-a");
        url.textProperty().bindBidirectional(model.url);
        url.disableProperty().bind(model.on);
        urlLabel.setLabelFor(url);

        ToggleButton toggle = new ToggleButton();
        toggle.setId("edge-switch");
        toggle.textProperty().bind(Bindings.when(model.on).then("Stop publishing to the edge").otherwise("Publish to the edge"));
        toggle.selectedProperty().bindBidirectional(model.on);
        toggle.setOnAction(e -> {
            if (toggle.isSelected()) {
                actions.startPublishing(model.url.get() == null ? "" : model.url.get());
            } else {
                actions.stopPublishing();
            }
        });

        Label state = new Label();
        state.setId("edge-state");
        state.setWrapText(true);
        state.setAccessibleRole(AccessibleRole.TEXT);
        state.textProperty().bind(model.state);
        state.visibleProperty().bind(model.state.isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());
        model.trouble.addListener((o, a, b) -> {
            state.getStyleClass().remove("problem");
            if (b) {
                state.getStyleClass().add("problem");
            }
        });

        Label hint = new Label("For many rooms or many readers: nginx with nchan relays the captions (deploy/nginx/)."
                + " \u201cI\u2019m lost\u201d signals do not come back through it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        getChildren().addAll(urlLabel, url, toggle, state, hint);
    }
}

package org.plaincaptions.ui.display;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The corner of the caption screen that tells the room how to read the captions on their phones: a
 * QR code and the address, in black on white whatever the theme, so every phone's camera reads it.
 * Shown on a toggle (F8), for the start of a meeting; nothing while sharing is off.
 */
public final class JoinCorner extends StackPane {
    private final QrCodeView qr = new QrCodeView(200);
    private final Label address = new Label();

    public JoinCorner(ObservableStringValue shared, BooleanProperty shown) {
        setId("join-corner");
        setPickOnBounds(false);
        Label heading = new Label("Captions on your phone");
        heading.getStyleClass().add("join-heading");
        address.setId("join-address");
        address.setWrapText(true);
        VBox card = new VBox(6, heading, qr, address);
        card.setAlignment(Pos.CENTER);
        card.setPadding(new Insets(10));
        card.setStyle("-fx-background-color: white; -fx-background-radius: 8;");
        heading.setStyle("-fx-text-fill: black; -fx-font-size: 18px; -fx-font-weight: bold;");
        address.setStyle("-fx-text-fill: black; -fx-font-size: 16px;");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.BOTTOM_LEFT);
        setPadding(new Insets(16));
        shared.addListener((o, a, b) -> show(b));
        show(shared.get());
        visibleProperty().bind(shown.and(Bindings.isNotEmpty(shared)));
        // The corner grows with the window: a QR code a fifth of the screen's height reads from a few rows back.
        heightProperty().addListener((o, a, b) -> qr.setSide(Math.max(120, Math.min(400, b.doubleValue() * 0.28))));
    }

    private void show(String shared) {
        qr.show(shared);
        address.setText(shared == null ? "" : shared);
    }

    public QrCodeView code() {
        return qr;
    }

    public String addressText() {
        return address.getText();
    }
}

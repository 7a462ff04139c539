package org.plaincaptions.ui.control;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.plaincaptions.ui.display.QrCodeView;

/**
 * "Share to phones": a switch, the port and an optional room code; once on, the address readers open,
 * its QR code, how many are reading and what they signalled in the last minute. Binds to a
 * {@link ShareModel}; the switch calls {@link ShareActions}.
 */
public final class SharePanel extends VBox {
    private final ShareModel model;
    private final ShareActions actions;
    private final QrCodeView qr = new QrCodeView(180);

    public SharePanel(ShareModel model, ShareActions actions) {
        this.model = model;
        this.actions = actions;
        setId("share-panel");
        setSpacing(8);
        setPadding(new Insets(8));

        ToggleButton toggle = new ToggleButton();
        toggle.setId("share-switch");
        toggle.textProperty().bind(Bindings.when(model.on).then("Stop sharing to phones").otherwise("Share to phones"));
        toggle.selectedProperty().bindBidirectional(model.on);
        toggle.disableProperty().bind(model.busy);
        toggle.setOnAction(e -> flipped(toggle.isSelected()));

        TextField port = new TextField();
        port.setId("share-port");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(model.port);
        port.disableProperty().bind(model.on.or(model.busy));
        TextField code = new TextField();
        code.setId("share-room-code");
        code.setPromptText("none");
        code.setPrefColumnCount(10);
        code.textProperty().bindBidirectional(model.roomCode);
        code.disableProperty().bind(model.on.or(model.busy));
        Label portLabel = new Label("_Port");
        portLabel.setMnemonicParsing(true);
        portLabel.setLabelFor(port);
        Label codeLabel = new Label("Room _code (optional)");
        codeLabel.setMnemonicParsing(true);
        codeLabel.setLabelFor(code);
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, portLabel, port);
        fields.addRow(1, codeLabel, code);

        Label address = new Label();
        address.setId("share-address");
        address.setWrapText(true);
        address.textProperty().bind(Bindings.when(model.address.isEmpty())
                .then("Off: no one else can connect to this computer.")
                .otherwise(Bindings.concat("Readers open ", model.address)));
        Label readers = new Label();
        readers.setId("share-readers");
        readers.textProperty().bind(Bindings.createStringBinding(() -> readersText(model.readers.get()), model.readers));
        readers.visibleProperty().bind(model.address.isNotEmpty());
        Label signals = new Label();
        signals.setId("share-signals");
        signals.setWrapText(true);
        signals.textProperty().bind(Bindings.createStringBinding(
                () -> signalsText(model.lost.get(), model.slower.get()), model.lost, model.slower));
        signals.visibleProperty().bind(model.address.isNotEmpty());
        signals.getStyleClass().add("share-signals");
        Label problem = new Label();
        problem.setId("share-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem);
        problem.getStyleClass().add("problem");
        problem.visibleProperty().bind(model.problem.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        qr.setId("share-qr");
        qr.visibleProperty().bind(model.address.isNotEmpty());
        qr.managedProperty().bind(qr.visibleProperty());
        model.address.addListener((o, a, b) -> qr.show(b));

        Button corner = new Button();
        corner.setId("share-corner");
        corner.textProperty().bind(Bindings.when(model.cornerShown)
                .then("Hide the QR code on the caption screen (F8)").otherwise("Show the QR code on the caption screen (F8)"));
        corner.disableProperty().bind(model.address.isEmpty());
        corner.setOnAction(e -> model.cornerShown.set(!model.cornerShown.get()));

        Label wifi = new Label("Phones must be on the same network as this computer. Some guest Wi-Fi keeps devices"
                + " apart (\u201cclient isolation\u201d): ask the venue for a network where devices can reach each other.");
        wifi.setWrapText(true);
        wifi.getStyleClass().add("hint");
        getChildren().addAll(toggle, fields, problem, address, qr, corner, readers, signals, wifi);
    }

    static String readersText(int readers) {
        return readers == 1 ? "1 reader" : readers + " readers";
    }

    static String signalsText(int lost, int slower) {
        if (lost == 0 && slower == 0) {
            return "No signals from readers in the last minute.";
        }
        return "In the last minute: " + (lost == 1 ? "1 reader is lost" : lost + " readers are lost") + ", "
                + (slower == 1 ? "1 asked" : slower + " asked") + " to slow down.";
    }

    private void flipped(boolean on) {
        model.problem.set("");
        if (!on) {
            actions.stopSharing();
            return;
        }
        int port;
        try {
            port = Integer.parseInt(model.port.get().strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            model.on.set(false);
            model.problem.set("The port must be a number from 1 to 65535, such as 8765.");
            return;
        }
        String code = model.roomCode.get() == null ? "" : model.roomCode.get().strip();
        actions.startSharing(port, code.isEmpty() ? Optional.empty() : Optional.of(code));
    }

    public QrCodeView code() {
        return qr;
    }
}

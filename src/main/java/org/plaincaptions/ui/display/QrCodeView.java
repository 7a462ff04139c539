package org.plaincaptions.ui.display;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.plaincaptions.share.JoinCode;

/**
 * A QR code drawn black on white with its quiet zone (four modules), at whole pixels a module so
 * phones read it at any size the caption screen or the control room gives it.
 */
public final class QrCodeView extends Canvas {
    private static final int QUIET = 4;
    private JoinCode code;

    public QrCodeView(double side) {
        super(side, side);
        setAccessibleText("QR code of the reader page's address");
    }

    /** Shows the code for {@code address}; nothing when it is empty. */
    public void show(String address) {
        code = address == null || address.isEmpty() ? null : JoinCode.of(address);
        draw();
    }

    public void setSide(double side) {
        setWidth(side);
        setHeight(side);
        draw();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (code == null) {
            return;
        }
        int modules = code.size() + 2 * QUIET;
        double module = Math.max(1, Math.floor(getWidth() / modules));
        double offset = Math.floor((getWidth() - module * modules) / 2);
        g.setFill(Color.WHITE);
        g.fillRect(offset, offset, module * modules, module * modules);
        g.setFill(Color.BLACK);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.isDark(x, y)) {
                    g.fillRect(offset + (x + QUIET) * module, offset + (y + QUIET) * module, module, module);
                }
            }
        }
    }
}

package org.plaincaptions.share;

import io.nayuki.qrcodegen.QrCode;

/** The QR code that takes a phone to the reader page: which modules are dark, for the desktop to draw. */
public final class JoinCode {
    private final boolean[][] dark;

    private JoinCode(boolean[][] dark) {
        this.dark = dark;
    }

    /** The code for {@code address}, with medium error correction (a projector's glare takes some). */
    public static JoinCode of(String address) {
        QrCode qr = QrCode.encodeText(address, QrCode.Ecc.MEDIUM);
        boolean[][] modules = new boolean[qr.size][qr.size];
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                modules[y][x] = qr.getModule(x, y);
            }
        }
        return new JoinCode(modules);
    }

    /** Modules a side, not counting the quiet zone (draw four light modules around it). */
    public int size() {
        return dark.length;
    }

    public boolean isDark(int x, int y) {
        return dark[y][x];
    }
}

package org.plaincaptions.settings;

/** A rectangle on the desktop, in the operating system's screen coordinates: a window's or a screen's. */
public record Spot(double x, double y, double width, double height) {

    public boolean sameAs(Spot other) {
        return other != null && Math.abs(x - other.x) < 0.5 && Math.abs(y - other.y) < 0.5
                && Math.abs(width - other.width) < 0.5 && Math.abs(height - other.height) < 0.5;
    }

    public boolean usable() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= 1 && height >= 1;
    }
}

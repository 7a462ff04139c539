package org.plaincaptions.ui.display;

import org.plaincaptions.settings.Spot;

/**
 * A display as the screen choice sees it: where it is and how big, nothing from JavaFX, so the rule
 * can be tested with made-up lists of screens.
 *
 * @param index   position in the system's list of screens
 * @param primary whether the operating system calls it the main screen
 */
public record ScreenInfo(int index, double x, double y, double width, double height, boolean primary) {

    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    public double area() {
        return width * height;
    }

    public Spot spot() {
        return new Spot(x, y, width, height);
    }

    /** Whether this is the screen remembered as {@code spot} (same place and size). */
    public boolean sameAs(Spot spot) {
        return spot().sameAs(spot);
    }

    /** Whether a window at {@code window} would be on this screen: its title bar's middle is on it. */
    public boolean holds(Spot window) {
        return contains(window.x() + window.width() / 2, window.y() + 10)
                && window.width() <= width + 1 && window.height() <= height + 1;
    }

    /** How the control room lists it: "Screen 2 (1920 × 1080)". */
    public String label() {
        return "Screen " + (index + 1) + " (" + Math.round(width) + " × " + Math.round(height) + ")"
                + (primary ? ", main" : "");
    }
}

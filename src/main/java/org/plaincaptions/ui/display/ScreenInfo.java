package org.plaincaptions.ui.display;

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

    /** How the control room lists it: "Screen 2 (1920 × 1080)". */
    public String label() {
        return "Screen " + (index + 1) + " (" + Math.round(width) + " × " + Math.round(height) + ")"
                + (primary ? ", main" : "");
    }
}

package org.plaincaptions.settings;

/** The safe area of the caption screen: space kept clear on each side, in percent of its width or height. */
public record Margins(double top, double right, double bottom, double left) {
    public static final Margins DEFAULT = new Margins(5, 5, 5, 5);
    /** Beyond this a quarter of the screen would be margin on one side. */
    public static final double MAX = 25;

    public Margins sanitized() {
        return new Margins(clamp(top), clamp(right), clamp(bottom), clamp(left));
    }

    private static double clamp(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(MAX, value)) : 5;
    }
}

package org.plaincaptions.ui.display;

/**
 * Picks a caption size that people in row N can read. Assumes the first row sits 2 m from the screen
 * and rows are 0.9 m apart (a common seated layout), and asks for capital letters at least 1/150 of
 * the viewing distance tall: an audiovisual rule of thumb for comfortable reading (1/200 is often
 * quoted as the bare minimum). The size comes out in percent of the picture's height, the unit the
 * caption look uses, so it is right at any screen resolution.
 */
public final class ReadingDistance {
    public static final double FIRST_ROW_METRES = 2.0;
    public static final double ROW_SPACING_METRES = 0.9;
    static final double DISTANCE_PER_CAP_HEIGHT = 150;
    /** Capital letters of DejaVu Sans and most sans-serif fonts are about 0.72 of the font size. */
    static final double CAP_HEIGHT_EM = 0.72;

    private ReadingDistance() {
    }

    /** Metres from the screen to row {@code row} (1 is the front row). */
    public static double metresToRow(int row) {
        return FIRST_ROW_METRES + (Math.max(1, row) - 1) * ROW_SPACING_METRES;
    }

    /**
     * The text size, in percent of the picture's height, readable from row {@code row} of a room whose
     * projected picture is {@code pictureHeightMetres} tall.
     */
    public static double textSizeForRow(int row, double pictureHeightMetres) {
        if (!(pictureHeightMetres > 0)) {
            throw new IllegalArgumentException("the picture needs a height, got " + pictureHeightMetres);
        }
        double capHeight = metresToRow(row) / DISTANCE_PER_CAP_HEIGHT;
        return capHeight / CAP_HEIGHT_EM / pictureHeightMetres * 100;
    }
}

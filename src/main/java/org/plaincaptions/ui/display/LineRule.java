package org.plaincaptions.ui.display;

/**
 * When a caption line is full: at most {@code maxChars} characters, and at most {@code width} wide as
 * {@code measure} measures it (in the font and size the screen shows it in), so a line is never wider
 * than the caption area whatever the font, size or letters (docs/decisions/0036-lines-by-measured-width.md).
 */
record LineRule(int maxChars, LineMeasure measure, double width) {

    /** Characters only: for tests of the flow, and before the screen has been laid out. */
    static LineRule chars(int maxChars) {
        return new LineRule(maxChars, LineMeasure.CHARACTERS_ONLY, Double.POSITIVE_INFINITY);
    }

    /** How wide things are on screen; a line is {@code ends + words + spaces between them}. */
    interface LineMeasure {
        LineMeasure CHARACTERS_ONLY = new LineMeasure() {
            @Override
            public double word(String text) {
                return 0;
            }

            @Override
            public double space() {
                return 0;
            }

            @Override
            public double ends() {
                return 0;
            }
        };

        double word(String text);

        double space();

        /** The padding at both ends of a line together. */
        double ends();
    }
}

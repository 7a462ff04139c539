package org.plaincaptions.settings;

/**
 * How the caption screen looks. Sizes are relative to the screen, so the same look works on a laptop
 * window, a projector and the control room's preview.
 *
 * @param textSize    text height in percent of the screen's height (the font size)
 * @param lineSpacing line height as a multiple of the text size (1.5 as WCAG 1.4.12 and the BDA advise)
 * @param lines       lines shown at once, 1 to 6 (ignored when the position is {@link CaptionPosition#FILL})
 * @param maxChars    characters a line at most
 * @param markChanges whether words the plain-language stage changed are marked in plain captions
 */
public record CaptionLook(Theme theme, CaptionMode mode, boolean markChanges, String fontFamily, double textSize,
                          double lineSpacing, int lines, int maxChars, CaptionPosition position, Margins margins) {
    public static final String DEFAULT_FONT = "DejaVu Sans";
    public static final int MIN_LINES = 1;
    public static final int MAX_LINES = 6;
    public static final int MIN_CHARS = 16;
    public static final int MAX_CHARS = 80; // WCAG 1.4.8: no more than 80 characters a line
    public static final double MIN_TEXT_SIZE = 2;
    public static final double MAX_TEXT_SIZE = 30;
    public static final CaptionLook DEFAULT = new CaptionLook(Theme.DARK, CaptionMode.PLAIN, true, DEFAULT_FONT, 8.5,
            1.5, 2, 42, CaptionPosition.BOTTOM, Margins.DEFAULT);

    /** The same look with every value in its allowed range, missing values taken from the default. */
    public CaptionLook sanitized() {
        return new CaptionLook(theme == null ? DEFAULT.theme : theme, mode == null ? DEFAULT.mode : mode, markChanges,
                fontFamily == null || fontFamily.isBlank() ? DEFAULT_FONT : fontFamily.strip(),
                clamp(textSize, MIN_TEXT_SIZE, MAX_TEXT_SIZE, DEFAULT.textSize),
                clamp(lineSpacing, 1.0, 3.0, DEFAULT.lineSpacing),
                Math.max(MIN_LINES, Math.min(MAX_LINES, lines)), Math.max(MIN_CHARS, Math.min(MAX_CHARS, maxChars)),
                position == null ? DEFAULT.position : position, margins == null ? Margins.DEFAULT : margins.sanitized());
    }

    public CaptionLook withTheme(Theme value) {
        return new CaptionLook(value, mode, markChanges, fontFamily, textSize, lineSpacing, lines, maxChars, position,
                margins);
    }

    public CaptionLook withMode(CaptionMode value) {
        return new CaptionLook(theme, value, markChanges, fontFamily, textSize, lineSpacing, lines, maxChars, position,
                margins);
    }

    public CaptionLook withMarkChanges(boolean value) {
        return new CaptionLook(theme, mode, value, fontFamily, textSize, lineSpacing, lines, maxChars, position, margins);
    }

    public CaptionLook withFontFamily(String value) {
        return new CaptionLook(theme, mode, markChanges, value, textSize, lineSpacing, lines, maxChars, position,
                margins);
    }

    public CaptionLook withTextSize(double value) {
        return new CaptionLook(theme, mode, markChanges, fontFamily, value, lineSpacing, lines, maxChars, position,
                margins);
    }

    public CaptionLook withLineSpacing(double value) {
        return new CaptionLook(theme, mode, markChanges, fontFamily, textSize, value, lines, maxChars, position, margins);
    }

    public CaptionLook withLines(int value) {
        return new CaptionLook(theme, mode, markChanges, fontFamily, textSize, lineSpacing, value, maxChars, position,
                margins);
    }

    public CaptionLook withMaxChars(int value) {
        return new CaptionLook(theme, mode, markChanges, fontFamily, textSize, lineSpacing, lines, value, position,
                margins);
    }

    public CaptionLook withPosition(CaptionPosition value) {
        return new CaptionLook(theme, mode, markChanges, fontFamily, textSize, lineSpacing, lines, maxChars, value,
                margins);
    }

    public CaptionLook withMargins(Margins value) {
        return new CaptionLook(theme, mode, markChanges, fontFamily, textSize, lineSpacing, lines, maxChars, position,
                value);
    }

    private static double clamp(double value, double min, double max, double fallback) {
        return Double.isFinite(value) && value > 0 ? Math.max(min, Math.min(max, value)) : fallback;
    }
}

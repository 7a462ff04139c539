package org.plaincaptions.captions;

/**
 * How captions are cut into lines: at most {@code maxChars} characters a line (default 42, the
 * broadcast norm for a 16:9 screen) and at most {@code maxLines} lines at once (default 2).
 */
public record CaptionLayout(int maxChars, int maxLines) {
    public static final CaptionLayout DEFAULT = new CaptionLayout(42, 2);

    public CaptionLayout {
        if (maxChars < 8 || maxChars > 200) {
            throw new IllegalArgumentException("characters a line must be between 8 and 200, got " + maxChars);
        }
        if (maxLines < 1 || maxLines > 10) {
            throw new IllegalArgumentException("lines must be between 1 and 10, got " + maxLines);
        }
    }

    public LineBreaker breaker() {
        return new LineBreaker(maxChars);
    }
}

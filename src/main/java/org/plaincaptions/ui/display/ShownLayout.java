package org.plaincaptions.ui.display;

/**
 * What the caption screen can show with the look chosen, at its size now, for the facilitator to read in
 * the caption look: about how many characters fit on a line, how many lines are shown, and how many lines
 * of what was said beneath (0 unless in "both" mode).
 */
public record ShownLayout(int charsPerLine, int lines, int linesBeneath) {
}

package org.plaincaptions.ui.display;

/**
 * A word on a caption line.
 *
 * @param changed whether the plain-language stage put it there instead of what was said
 */
public record ShownWord(String text, boolean changed) {
}

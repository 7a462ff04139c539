package org.plaincaptions.ui.control;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the control room: the help overlay (F1) lists exactly these. */
public enum Shortcut {
    START(new KeyCodeCombination(KeyCode.F5), "Start captions"),
    STOP(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), "Stop captions"),
    PAUSE(new KeyCodeCombination(KeyCode.F6), "Pause or resume listening"),
    BLANK(new KeyCodeCombination(KeyCode.B), "Blank the caption screen, or show it again"),
    FREEZE(new KeyCodeCombination(KeyCode.F), "Freeze the caption screen, or let it run again"),
    CLEAR(new KeyCodeCombination(KeyCode.C), "Clear the caption screen"),
    FULL_SCREEN(new KeyCodeCombination(KeyCode.F11), "Caption screen full screen or in a window"),
    ADD_PLAIN_WORDS(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN),
            "Add plain words for the words picked in a transcript"),
    GLOSSARY(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), "Open the meeting glossary"),
    JARGON(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN), "Go to the jargon list"),
    LOOK(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), "Go to the caption look"),
    SPEAKER(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), "Go to speaking rate and readability"),
    SESSIONS(new KeyCodeCombination(KeyCode.F9), "Open past sessions: export or delete them"),
    JOIN_CORNER(new KeyCodeCombination(KeyCode.F8),
            "Show or hide the QR code and address for phones on the caption screen"),
    HELP(new KeyCodeCombination(KeyCode.F1), "Show or hide this list");

    /** The caption screen's own key for the corner with the QR code (the same as the control room's). */
    public static final KeyCode JOIN_CORNER_KEY = KeyCode.F8;

    private final KeyCombination keys;
    private final String does;

    Shortcut(KeyCombination keys, String does) {
        this.keys = keys;
        this.does = does;
    }

    public KeyCombination keys() {
        return keys;
    }

    public String does() {
        return does;
    }
}

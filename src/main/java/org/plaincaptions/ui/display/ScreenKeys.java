package org.plaincaptions.ui.display;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The one-key controls of the caption screen, the same in the control room and on the caption screen
 * itself: B blanks, F freezes, C clears. Ignored while someone is typing in a text field.
 */
public final class ScreenKeys {
    public static final KeyCode BLANK = KeyCode.B;
    public static final KeyCode FREEZE = KeyCode.F;
    public static final KeyCode CLEAR = KeyCode.C;

    private ScreenKeys() {
    }

    /** Handles the keys in {@code scene} for {@code model}; a pressed key that is used is consumed. */
    public static void install(Scene scene, CaptionScreenModel model) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e, scene, model)) {
                e.consume();
            }
        });
    }

    static boolean handle(KeyEvent e, Scene scene, CaptionScreenModel model) {
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()
                || scene.getFocusOwner() instanceof TextInputControl) {
            return false;
        }
        if (e.getCode() == BLANK) {
            model.blankProperty().set(!model.isBlank());
        } else if (e.getCode() == FREEZE) {
            model.frozenProperty().set(!model.isFrozen());
        } else if (e.getCode() == CLEAR) {
            model.clear();
        } else {
            return false;
        }
        return true;
    }
}

package org.plaincaptions.ui.control;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * How the control room keeps every word readable on a small laptop (1024 px wide): buttons and short
 * labels never shrink below their text; long messages wrap onto more lines; a drop-down's value wraps
 * too, rather than being cut to "…" (docs/decisions/0035-control-room-on-small-screens.md).
 */
final class Fit {
    private Fit() {
    }

    /** These never get narrower than their text: a squeezed button reads "…". */
    static void keepWhole(Region... regions) {
        for (Region region : regions) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** A message that wraps onto as many lines as it needs, in the width it is given. */
    static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /**
     * A drop-down that may be narrower than its longest value: the value shown wraps onto a second line
     * instead of being cut, and its tooltip says it whole. It also keeps the arrow keys from changing the
     * value while the list is closed (they open it instead): a stray arrow key must not move the captions.
     */
    static <T> void dropDown(ComboBox<T> combo, double minWidth) {
        combo.setMinWidth(minWidth);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setButtonCell(new ListCell<>() {
            {
                setWrapText(true);
                setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                setTooltip(text == null ? null : new Tooltip(text));
            }

            @Override
            protected double computePrefHeight(double width) {
                // The skin asks without a width; wrap at the width the cell really has.
                return super.computePrefHeight(width > 0 ? width : getWidth() > 0 ? getWidth() : -1);
            }
        });
        combo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!combo.isShowing() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                combo.show();
                e.consume();
            }
        });
    }
}

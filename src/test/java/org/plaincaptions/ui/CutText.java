package org.plaincaptions.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds text the user cannot read in full: every showing {@link Labeled} (labels, buttons, switches, a
 * combo box's shown value, tab and column headings) whose rendered text differs from its own text
 * (elided with "…", or wrapped lines dropped for want of height), or that runs past its window's edge.
 * Call on the FX thread, after a layout pass.
 */
public final class CutText {
    private CutText() {
    }

    /** One line per cut text: what it should say, what it shows, and where. */
    public static List<String> in(Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        walk(root, false, cut);
        return cut;
    }

    private static void walk(Node node, boolean scrolled, List<String> cut) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, scrolled, cut);
        }
        if (node instanceof Parent parent) {
            boolean inside = scrolled || node instanceof ScrollPane || node instanceof VirtualFlow;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, inside, cut);
            }
        }
    }

    private static void check(Labeled labeled, boolean scrolled, List<String> cut) {
        String expected = shownText(labeled);
        if (expected.isEmpty() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        Text rendered = null;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child != labeled.getGraphic() && child.getStyleClass().contains("text")) {
                rendered = text;
            }
        }
        String where = describe(labeled);
        if (rendered == null && holdsLabeled(labeled)) {
            return; // its skin shows the text in a label of its own (a ControlsFX switch), checked on its own
        }
        if (rendered == null || !rendered.isVisible()) {
            cut.add(where + " shows nothing instead of \"" + expected + "\"");
            return;
        }
        String shown = rendered.getText() == null ? "" : rendered.getText();
        if (!normalised(shown).equals(normalised(expected))) {
            cut.add(where + " shows \"" + shown + "\" instead of \"" + expected + "\"");
            return;
        }
        Scene scene = labeled.getScene();
        if (scene != null && !scrolled) {
            Bounds b = rendered.localToScene(rendered.getBoundsInLocal());
            if (b.getMinX() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
                cut.add(where + " \"" + expected + "\" runs past the window's edge (" + Math.round(b.getMaxX()) + " of "
                        + Math.round(scene.getWidth()) + " px wide, " + Math.round(b.getMaxY()) + " of "
                        + Math.round(scene.getHeight()) + " px high)");
            }
        }
    }

    private static boolean holdsLabeled(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Labeled || child instanceof Parent p && holdsLabeled(p)) {
                return true;
            }
        }
        return false;
    }

    /** The text as it should read: a mnemonic's underscore is not shown. */
    static String shownText(Labeled labeled) {
        String text = labeled.getText();
        if (text == null) {
            return "";
        }
        if (labeled.isMnemonicParsing()) {
            int at = text.indexOf('_');
            if (at >= 0 && at + 1 < text.length()) {
                text = text.substring(0, at) + text.substring(at + 1);
            }
        }
        return text;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : labeled.getClass().getSimpleName();
        Node parent = labeled.getParent();
        while (labeled.getId() == null && parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return parent != null && labeled.getId() == null ? id + " in #" + parent.getId() : id;
    }
}

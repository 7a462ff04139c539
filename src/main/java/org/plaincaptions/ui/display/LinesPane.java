package org.plaincaptions.ui.display;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * The caption lines of one track in a fixed number of slots. A line keeps its node for as long as it
 * is shown; when new lines push the others up, they glide up by whole lines (a short roll-up) instead
 * of jumping, and the line leaving at the top slides out of sight.
 */
final class LinesPane extends Pane {
    static final Duration ROLL_UP = Duration.millis(220);

    private final Group content = new Group();
    private final Map<Long, LineNode> nodes = new LinkedHashMap<>();
    private final List<LineNode> leaving = new ArrayList<>();
    private final Rectangle clip = new Rectangle();
    private Timeline roll;
    private Font font = Font.font(CaptionFontMetrics.DEFAULT_FAMILY, 24);
    private double lineHeight = 36;
    private int slots = 2;
    private boolean fromTop;
    private Map<Long, Integer> slotOf = Map.of();

    LinesPane(String id) {
        setId(id);
        getStyleClass().add("caption-lines");
        getChildren().add(content);
        setClip(clip);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
    }

    /** Font, line height and slots; lines fill the slots from the bottom unless {@code fromTop}. */
    void setMetrics(Font newFont, double newLineHeight, int newSlots, boolean newFromTop) {
        boolean changed = !newFont.equals(font) || newLineHeight != lineHeight || newSlots != slots
                || newFromTop != fromTop;
        font = newFont;
        lineHeight = newLineHeight;
        slots = newSlots;
        fromTop = newFromTop;
        if (changed) {
            nodes.values().forEach(n -> n.setFont(font));
            stopRolling();
            slotOf.forEach((number, slot) -> place(nodes.get(number), slot));
        }
    }

    int slots() {
        return slots;
    }

    double blockHeight() {
        return slots * lineHeight;
    }

    void show(List<ShownLine> lines) {
        int offset = fromTop ? 0 : slots - lines.size();
        Map<Long, Integer> newSlots = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            newSlots.put(lines.get(i).number(), offset + i);
        }
        int shift = shiftOf(newSlots);
        // Lines scrolled off the top stay a moment, above the first slot, while the others glide up.
        if (shift > 0) {
            leaving.forEach(n -> n.setLayoutY(n.getLayoutY() - shift * lineHeight));
        }
        long first = lines.isEmpty() ? Long.MAX_VALUE : lines.get(0).number();
        int firstSlot = offset;
        for (Iterator<Map.Entry<Long, LineNode>> it = nodes.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (!newSlots.containsKey(entry.getKey())) {
                it.remove();
                if (shift > 0 && entry.getKey() < first) {
                    leaving.add(entry.getValue());
                    place(entry.getValue(), firstSlot - (int) (first - entry.getKey()));
                } else {
                    content.getChildren().remove(entry.getValue());
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            ShownLine line = lines.get(i);
            LineNode node = nodes.computeIfAbsent(line.number(), n -> {
                LineNode created = new LineNode(font);
                created.setFont(font);
                content.getChildren().add(created);
                return created;
            });
            node.setWords(line.words());
            place(node, offset + i);
        }
        slotOf = newSlots;
        if (shift > 0) {
            rollUp(shift);
        } else if (shift < 0) {
            stopRolling();
        }
    }

    private int shiftOf(Map<Long, Integer> newSlots) {
        for (var entry : newSlots.entrySet()) {
            Integer old = slotOf.get(entry.getKey());
            if (old != null) {
                return old - entry.getValue();
            }
        }
        return 0;
    }

    /** The texts of the lines shown now, top first (not counting one that is leaving). */
    List<String> texts() {
        return nodes.values().stream().map(LineNode::text).toList();
    }

    List<LineNode> lineNodes() {
        return List.copyOf(nodes.values());
    }

    double scrollOffset() {
        return content.getTranslateY();
    }

    private void place(LineNode node, int slot) {
        if (node == null) {
            return;
        }
        node.setLayoutY(slot * lineHeight);
        node.setMinHeight(lineHeight);
        node.setPrefHeight(lineHeight);
        node.setMaxHeight(lineHeight);
        node.resize(node.prefWidth(lineHeight), lineHeight);
    }

    @Override
    protected void layoutChildren() {
        for (var node : content.getChildren()) {
            LineNode line = (LineNode) node;
            line.resize(line.prefWidth(lineHeight), lineHeight);
        }
    }

    private void rollUp(int lines) {
        double from = content.getTranslateY() + lines * lineHeight;
        if (roll != null) {
            roll.stop();
        }
        content.setTranslateY(from);
        roll = new Timeline(new KeyFrame(ROLL_UP, new KeyValue(content.translateYProperty(), 0, Interpolator.EASE_OUT)));
        roll.setOnFinished(e -> dropLeaving());
        roll.play();
    }

    private void stopRolling() {
        if (roll != null) {
            roll.stop();
            roll = null;
        }
        content.setTranslateY(0);
        dropLeaving();
    }

    private void dropLeaving() {
        content.getChildren().removeAll(leaving);
        leaving.clear();
    }
}

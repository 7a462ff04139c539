package org.plaincaptions.ui.control;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.plaincaptions.ui.display.CaptionView;

/**
 * The control room's preview: a second {@link CaptionView} of the same model, laid out at the caption
 * screen's own size and scaled down, so it shows exactly what the room sees, word for word and line
 * for line, blank and frozen included.
 */
final class PreviewPane extends Region {
    private final CaptionView view;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Group group;
    private double screenWidth = 1920;
    private double screenHeight = 1080;

    PreviewPane(CaptionScreenModel model) {
        view = new CaptionView(model);
        view.setId("preview");
        view.getTransforms().add(scale);
        group = new Group(view);
        group.setAutoSizeChildren(false);
        getChildren().add(group);
        setAccessibleText("Preview of the caption screen");
        getStyleClass().add("preview");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(160, 90);
        setPrefSize(400, 225);
    }

    CaptionView view() {
        return view;
    }

    /** Follows the size of the caption screen's window. */
    void follow(ReadOnlyDoubleProperty width, ReadOnlyDoubleProperty height) {
        Runnable update = () -> {
            screenWidth = Math.max(1, width.get());
            screenHeight = Math.max(1, height.get());
            requestLayout();
        };
        width.addListener((o, a, b) -> update.run());
        height.addListener((o, a, b) -> update.run());
        update.run();
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width * screenHeight / screenWidth : 225;
    }

    @Override
    protected void layoutChildren() {
        double factor = Math.min(getWidth() / screenWidth, getHeight() / screenHeight);
        scale.setX(factor);
        scale.setY(factor);
        view.resize(screenWidth, screenHeight);
        group.relocate((getWidth() - screenWidth * factor) / 2, (getHeight() - screenHeight * factor) / 2);
    }
}

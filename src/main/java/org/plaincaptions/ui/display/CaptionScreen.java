package org.plaincaptions.ui.display;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.plaincaptions.captions.CaptionModel;
import org.plaincaptions.captions.Track;

/**
 * The window the room reads: big light-on-dark caption lines at the bottom of the screen, styled by
 * a stylesheet from {@code styles/}. Esc leaves full screen, F11 toggles it.
 */
public final class CaptionScreen {
    public static final String DEFAULT_THEME = "captions-dark.css";
    /** Caption text height as a share of the window height, so two lines fill about a third of it. */
    private static final double FONT_SHARE_OF_HEIGHT = 0.085;

    private final Stage stage;
    private final VBox lines = new VBox();
    private final Label status = new Label();
    private final List<Label> lineLabels = new ArrayList<>();
    private Track track = Track.PLAIN;

    public CaptionScreen(Stage stage, int maxLines) {
        this.stage = stage;
        lines.getStyleClass().add("caption-lines");
        lines.setId("caption-lines");
        for (int i = 0; i < maxLines; i++) {
            Label line = new Label();
            line.getStyleClass().add("caption-line");
            line.setId("caption-line-" + i);
            line.setMaxWidth(Double.MAX_VALUE);
            lineLabels.add(line);
        }
        lines.getChildren().setAll(lineLabels);
        status.getStyleClass().add("caption-status");
        status.setId("caption-status");

        BorderPane root = new BorderPane();
        root.getStyleClass().add("caption-screen");
        root.setTop(status);
        root.setBottom(lines);
        Scene scene = new Scene(root, 960, 540);
        scene.getStylesheets().add(Styles.url(DEFAULT_THEME));
        scene.heightProperty().addListener((obs, old, height) -> scale(root, height.doubleValue()));
        scale(root, scene.getHeight());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        stage.setScene(scene);
        stage.setTitle("Plain Captions: caption screen");
        stage.setFullScreenExitKeyCombination(KeyCombination.valueOf("ESC"));
        stage.setFullScreenExitHint(""); // the room should not read a hint over the captions
    }

    public Stage stage() {
        return stage;
    }

    /** Puts the window on the chosen screen, full screen or as a window filling part of it. */
    public void place(Rectangle2D bounds, boolean fullScreen) {
        stage.setFullScreen(false);
        double width = fullScreen ? bounds.getWidth() : Math.min(960, bounds.getWidth() * 0.6);
        double height = fullScreen ? bounds.getHeight() : Math.min(540, bounds.getHeight() * 0.6);
        // As a window it shares the screen with the control room: keep to the bottom right corner.
        stage.setX(bounds.getMinX() + (fullScreen ? 0 : bounds.getWidth() - width - bounds.getWidth() * 0.02));
        stage.setY(bounds.getMinY() + (fullScreen ? 0 : bounds.getHeight() - height - bounds.getHeight() * 0.05));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        stage.setFullScreen(fullScreen);
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    /** Shows the model's lines, changing only labels whose text changed so nothing flickers. */
    public void render(CaptionModel model) {
        List<String> visible = model.visibleLines(track);
        int offset = lineLabels.size() - visible.size(); // newest line at the bottom
        for (int i = 0; i < lineLabels.size(); i++) {
            String text = i >= offset ? visible.get(i - offset) : "";
            Label label = lineLabels.get(i);
            if (!text.equals(label.getText())) {
                label.setText(text);
            }
        }
    }

    /** A short word the room can see in a corner: listening, stopped, falling behind. */
    public void setStatus(String text) {
        status.setText(text);
    }

    public List<String> shownLines() {
        return lineLabels.stream().map(Label::getText).toList();
    }

    private static void scale(BorderPane root, double height) {
        double size = Math.max(18, Math.round(height * FONT_SHARE_OF_HEIGHT));
        root.setStyle("-fx-font-size: " + size + "px;");
    }
}

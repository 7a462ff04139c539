package org.plaincaptions.ui.display;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.plaincaptions.settings.Spot;

/**
 * The window the room reads: a {@link CaptionView} filling a stage, full screen on the chosen display
 * or as a resizable window. Esc leaves full screen, F11 toggles it; B, F and C blank, freeze and clear.
 */
public final class CaptionScreen {
    private final Stage stage;
    private final CaptionView view;

    public CaptionScreen(Stage stage, CaptionScreenModel model) {
        this.stage = stage;
        this.view = new CaptionView(model);
        view.setId("caption-view");
        Scene scene = new Scene(view, 960, 540);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
                e.consume();
            }
        });
        ScreenKeys.install(scene, model);
        stage.setScene(scene);
        stage.setTitle("Plain Captions: caption screen");
        stage.setFullScreenExitKeyCombination(KeyCombination.valueOf("ESC"));
        stage.setFullScreenExitHint(""); // the room should not read a hint over the captions
    }

    /** Lays {@code corner} over the captions (the QR code for phones); {@code key} toggles it here too. */
    public void addCorner(javafx.scene.Node corner, KeyCode key, Runnable toggle) {
        Scene scene = stage.getScene();
        scene.setRoot(new javafx.scene.Group()); // the view is the root now: a node has one parent
        scene.setRoot(new javafx.scene.layout.StackPane(view, corner));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == key && !e.isShortcutDown() && !e.isAltDown()) {
                toggle.run();
                e.consume();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public CaptionView view() {
        return view;
    }

    public CaptionScreenModel model() {
        return view.model();
    }

    /** Puts the window on a screen: full screen, at a remembered place, or in its bottom right corner. */
    public void place(ScreenChooser.Placement placement) {
        Rectangle2D bounds = FxScreens.bounds(placement.screen());
        stage.setFullScreen(false);
        Spot window = placement.window().orElseGet(() -> defaultWindow(bounds));
        stage.setX(placement.fullScreen() ? bounds.getMinX() : window.x());
        stage.setY(placement.fullScreen() ? bounds.getMinY() : window.y());
        stage.setWidth(placement.fullScreen() ? bounds.getWidth() : window.width());
        stage.setHeight(placement.fullScreen() ? bounds.getHeight() : window.height());
        stage.show();
        stage.setFullScreen(placement.fullScreen());
    }

    /** Where the window is now, when it is not full screen. */
    public Spot window() {
        return new Spot(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /** As a window it shares the screen with the control room: keep to the bottom right corner. */
    private static Spot defaultWindow(Rectangle2D bounds) {
        double width = Math.min(960, bounds.getWidth() * 0.6);
        double height = Math.min(540, bounds.getHeight() * 0.6);
        return new Spot(bounds.getMinX() + bounds.getWidth() - width - bounds.getWidth() * 0.02,
                bounds.getMinY() + bounds.getHeight() - height - bounds.getHeight() * 0.05, width, height);
    }

    public List<String> shownLines() {
        return view.shownLines();
    }

    public String statusText() {
        return view.statusText();
    }
}

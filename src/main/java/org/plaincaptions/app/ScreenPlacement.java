package org.plaincaptions.app;

import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.plaincaptions.settings.Settings;
import org.plaincaptions.settings.Spot;
import org.plaincaptions.ui.control.ControlRoomModel;
import org.plaincaptions.ui.control.ControlRoomModel.ScreenChoice;
import org.plaincaptions.ui.display.CaptionScreen;
import org.plaincaptions.ui.display.FxScreens;
import org.plaincaptions.ui.display.ScreenChooser;
import org.plaincaptions.ui.display.ScreenInfo;

/**
 * Puts the caption screen where the facilitator wants it and remembers that: the display (by its
 * place and size), full screen or not, and the window's place. Follows displays coming and going;
 * the rule itself is {@link ScreenChooser}, tested with made-up screens.
 */
final class ScreenPlacement {
    private final CaptionScreen captionScreen;
    private final Stage controlStage;
    private final ControlRoomModel room;
    private final SettingsKeeper settings;
    private boolean placing;

    ScreenPlacement(CaptionScreen captionScreen, Stage controlStage, ControlRoomModel room, SettingsKeeper settings) {
        this.captionScreen = captionScreen;
        this.controlStage = controlStage;
        this.room = room;
        this.settings = settings;
    }

    /** Fills the screen picker, places the caption screen, and starts following changes. */
    void start() {
        room.fullScreenProperty().set(settings.current().fullScreen());
        listScreens();
        place();
        room.screenProperty().addListener((o, a, b) -> {
            if (!placing && b != null) {
                Spot chosen = b.screen().map(ScreenInfo::spot).orElse(null);
                settings.change(s -> s.withCaptionScreen(chosen, s.fullScreen(), s.captionWindow()));
                place();
            }
        });
        room.fullScreenProperty().addListener((o, a, b) -> {
            if (!placing) {
                if (b != settings.current().fullScreen()) {
                    settings.change(s -> s.withCaptionScreen(s.captionScreen(), b, s.captionWindow()));
                }
                place();
                if (b && !captionScreen.stage().isFullScreen()) {
                    room.showStatus("Full screen is not used on the control room's own screen: it would cover the "
                            + "controls. Press F11 on the caption screen to do it anyway.");
                }
            }
        });
        Stage stage = captionScreen.stage();
        // F11 and Esc on the caption screen itself change full screen too.
        stage.fullScreenProperty().addListener((o, a, b) -> {
            if (!placing && b != room.fullScreenProperty().get()) {
                placing = true;
                room.fullScreenProperty().set(b);
                placing = false;
                settings.change(s -> s.withCaptionScreen(s.captionScreen(), b, s.captionWindow()));
            }
        });
        Screen.getScreens().addListener((ListChangeListener<Screen>) change -> {
            listScreens();
            place();
        });
    }

    /** Opens the caption screen again after its window was closed, where it belongs. */
    void showAgain() {
        place();
        captionScreen.stage().toFront();
    }

    /** Remembers where the windows are; called when the app closes. */
    void remember() {
        Stage stage = captionScreen.stage();
        if (stage.isShowing() && !stage.isFullScreen()) {
            settings.change(s -> s.withCaptionScreen(s.captionScreen(), s.fullScreen(), captionScreen.window()));
        }
        if (controlStage.isShowing()) {
            settings.change(s -> s.withControlRoom(new Spot(controlStage.getX(), controlStage.getY(),
                    controlStage.getWidth(), controlStage.getHeight())));
        }
    }

    private void listScreens() {
        placing = true;
        List<ScreenInfo> screens = FxScreens.connected();
        room.screens().setAll(ScreenChoice.AUTOMATIC);
        screens.forEach(s -> room.screens().add(new ScreenChoice(Optional.of(s))));
        Spot chosen = settings.current().captionScreen();
        room.screenProperty().set(room.screens().stream()
                .filter(c -> c.screen().isPresent() && c.screen().get().sameAs(chosen))
                .findFirst().orElse(ScreenChoice.AUTOMATIC));
        placing = false;
    }

    private void place() {
        placing = true;
        try {
            Settings s = settings.current();
            List<ScreenInfo> screens = FxScreens.connected();
            ScreenInfo controlScreen = FxScreens.of(controlStage, screens);
            ScreenChooser.Placement placement = ScreenChooser.choose(screens, controlScreen,
                    new ScreenChooser.Remembered(Optional.ofNullable(s.captionScreen()), s.fullScreen(),
                            Optional.ofNullable(s.captionWindow())));
            captionScreen.place(placement);
            // The switch says what the screen is, not what was wished: one screen means a window.
            room.fullScreenProperty().set(placement.fullScreen());
        } finally {
            placing = false;
        }
    }
}

package org.plaincaptions.ui.display;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The connected screens as {@link ScreenInfo}, and back to JavaFX bounds. */
public final class FxScreens {
    private FxScreens() {
    }

    public static List<ScreenInfo> connected() {
        List<ScreenInfo> screens = new ArrayList<>();
        List<Screen> fx = Screen.getScreens();
        for (int i = 0; i < fx.size(); i++) {
            Rectangle2D b = fx.get(i).getBounds();
            screens.add(new ScreenInfo(i, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(),
                    fx.get(i).equals(Screen.getPrimary())));
        }
        return screens;
    }

    /** The screen holding the middle of a window (the primary screen when it is not shown yet). */
    public static ScreenInfo of(Window window, List<ScreenInfo> screens) {
        double cx = window.getX() + window.getWidth() / 2;
        double cy = window.getY() + window.getHeight() / 2;
        return screens.stream().filter(s -> s.contains(cx, cy)).findFirst()
                .orElse(screens.stream().filter(ScreenInfo::primary).findFirst().orElse(screens.get(0)));
    }

    public static Rectangle2D bounds(ScreenInfo screen) {
        return new Rectangle2D(screen.x(), screen.y(), screen.width(), screen.height());
    }
}

package org.plaincaptions.ui.display;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plaincaptions.settings.Spot;

/**
 * Decides where the caption screen goes. A screen the facilitator chose wins while it is connected
 * (recognised by its place and size, which survive a restart better than its number). A chosen screen
 * that is gone brings the captions back on the main screen, never off-screen. With nothing chosen and
 * two or more screens, captions go full screen on one the control room is not on (the largest: usually
 * the projector); with one screen they open in a window beside the control room. Full screen is never
 * used on the control room's own screen: it would hide the controls.
 */
public final class ScreenChooser {

    /**
     * Where to put the caption screen.
     *
     * @param window where the window goes when not full screen; empty: a default place on the screen
     */
    public record Placement(ScreenInfo screen, boolean fullScreen, Optional<Spot> window) {
    }

    /** What the facilitator chose last time. */
    public record Remembered(Optional<Spot> screen, boolean fullScreen, Optional<Spot> window) {
        public static final Remembered NOTHING = new Remembered(Optional.empty(), true, Optional.empty());
    }

    private ScreenChooser() {
    }

    /**
     * @param screens     the connected screens (at least one)
     * @param controlRoom the screen the control room is on
     * @param remembered  the screen, full screen and window position chosen before
     */
    public static Placement choose(List<ScreenInfo> screens, ScreenInfo controlRoom, Remembered remembered) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screens");
        }
        if (remembered.screen().isPresent()) {
            Optional<ScreenInfo> chosen = screens.stream().filter(s -> s.sameAs(remembered.screen().get())).findFirst();
            ScreenInfo target = chosen.orElseGet(() -> primary(screens));
            boolean full = remembered.fullScreen() && !sameScreen(target, controlRoom);
            Optional<Spot> window = chosen.isPresent() ? remembered.window().filter(target::holds) : Optional.empty();
            return new Placement(target, full, window);
        }
        Optional<ScreenInfo> other = screens.stream()
                .filter(s -> !sameScreen(s, controlRoom))
                .max(Comparator.comparingDouble(ScreenInfo::area).thenComparing(s -> -s.index()));
        if (other.isPresent()) {
            return new Placement(other.get(), remembered.fullScreen(), remembered.window().filter(other.get()::holds));
        }
        return new Placement(controlRoom, false, remembered.window().filter(controlRoom::holds));
    }

    private static ScreenInfo primary(List<ScreenInfo> screens) {
        return screens.stream().filter(ScreenInfo::primary).findFirst().orElse(screens.get(0));
    }

    private static boolean sameScreen(ScreenInfo a, ScreenInfo b) {
        return a.index() == b.index();
    }
}

package org.plaincaptions.ui.display;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides where the caption screen goes. A screen the facilitator chose wins while it is connected.
 * Otherwise, with two or more screens, captions go full screen on one the control room is not on
 * (the largest: usually the projector); with one screen they open in a window beside the control room.
 */
public final class ScreenChooser {

    /** Where to put the caption screen and whether to fill it. */
    public record Placement(ScreenInfo screen, boolean fullScreen) {
    }

    private ScreenChooser() {
    }

    /**
     * @param screens      the connected screens (at least one)
     * @param controlRoom  the screen the control room is on
     * @param chosenIndex  the screen the facilitator picked, if any
     */
    public static Placement choose(List<ScreenInfo> screens, ScreenInfo controlRoom, Optional<Integer> chosenIndex) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screens");
        }
        if (chosenIndex.isPresent()) {
            Optional<ScreenInfo> chosen = screens.stream().filter(s -> s.index() == chosenIndex.get()).findFirst();
            if (chosen.isPresent()) {
                // Full screen on the control room's own screen would hide the controls: a window there.
                return new Placement(chosen.get(), !sameScreen(chosen.get(), controlRoom));
            }
        }
        Optional<ScreenInfo> other = screens.stream()
                .filter(s -> !sameScreen(s, controlRoom))
                .max(Comparator.comparingDouble(ScreenInfo::area).thenComparing(s -> -s.index()));
        return other.map(s -> new Placement(s, true)).orElseGet(() -> new Placement(controlRoom, false));
    }

    private static boolean sameScreen(ScreenInfo a, ScreenInfo b) {
        return a.index() == b.index();
    }
}

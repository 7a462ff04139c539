package org.plaincaptions.ui.display;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.settings.CaptionLook;

/**
 * The state of the caption screen that both the screen and the control room's preview show: the
 * words, the look, blank and freeze, the room's status. Owned by the FX thread.
 */
public final class CaptionScreenModel {
    private final CaptionFlow flow;
    private final ObjectProperty<CaptionLook> look = new SimpleObjectProperty<>(this, "look");
    private final BooleanProperty blank = new SimpleBooleanProperty(this, "blank");
    private final BooleanProperty frozen = new SimpleBooleanProperty(this, "frozen");
    private final ObjectProperty<RoomStatus> status = new SimpleObjectProperty<>(this, "status", RoomStatus.NOT_STARTED);
    private final BooleanProperty slowDownShown = new SimpleBooleanProperty(this, "slowDownShown");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final LongProperty clears = new SimpleLongProperty(this, "clears");
    private final ObjectProperty<ShownLayout> shownLayout = new SimpleObjectProperty<>(this, "shownLayout");

    public CaptionScreenModel(CaptionLook initial) {
        look.set(initial);
        flow = new CaptionFlow(initial.maxChars());
    }

    /** Takes the next caption update; the screen shows it unless frozen. */
    public void accept(Caption caption) {
        flow.accept(caption);
        revision.set(revision.get() + 1);
    }

    /** Empties the screen; the next words start on a new line. */
    public void clear() {
        flow.clear();
        clears.set(clears.get() + 1);
    }

    CaptionFlow flow() {
        return flow;
    }

    public ObjectProperty<CaptionLook> lookProperty() {
        return look;
    }

    public CaptionLook look() {
        return look.get();
    }

    public BooleanProperty blankProperty() {
        return blank;
    }

    public boolean isBlank() {
        return blank.get();
    }

    public BooleanProperty frozenProperty() {
        return frozen;
    }

    public boolean isFrozen() {
        return frozen.get();
    }

    public ObjectProperty<RoomStatus> statusProperty() {
        return status;
    }

    public RoomStatus getStatus() {
        return status.get();
    }

    /** Whether "please slow down" shows on the screen (the facilitator chose so and the speaker is too fast). */
    public BooleanProperty slowDownShownProperty() {
        return slowDownShown;
    }

    public boolean isSlowDownShown() {
        return slowDownShown.get();
    }

    /** Counts clears: a clear empties the screen even while it is frozen. */
    public ReadOnlyLongProperty clearsProperty() {
        return clears;
    }

    /** What the screen can show with the look chosen (null until it has been laid out). */
    public javafx.beans.property.ReadOnlyObjectProperty<ShownLayout> shownLayoutProperty() {
        return shownLayout;
    }

    void shownLayout(ShownLayout layout) {
        if (!layout.equals(shownLayout.get())) {
            shownLayout.set(layout);
        }
    }

    /** Counts changes of the words, so views know when to look again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }
}

package org.plaincaptions.ui.control;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Publishing to an edge server as the control room shows it. The app sets it; FX thread only. */
public final class EdgeModel {
    /** Whether publishing is on (the switch). */
    public final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    /** The edge's publisher URL for this room. */
    public final StringProperty url = new SimpleStringProperty(this, "url", "");
    /** How publishing is going, one line; empty while off. */
    public final StringProperty state = new SimpleStringProperty(this, "state", "");
    /** Whether {@link #state} is trouble (the edge cannot be reached, the URL is wrong). */
    public final BooleanProperty trouble = new SimpleBooleanProperty(this, "trouble");
}

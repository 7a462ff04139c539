package org.plaincaptions.ui.control;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Sharing to phones as the control room shows it. The app sets it; FX thread only. */
public final class ShareModel {
    /** Whether sharing is on (the switch); the app turns it off again when it could not start. */
    public final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    /** Whether the server is being started or stopped. */
    public final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    public final StringProperty port = new SimpleStringProperty(this, "port", "8765");
    public final StringProperty roomCode = new SimpleStringProperty(this, "roomCode", "");
    /** What readers open; empty while sharing is off. */
    public final StringProperty address = new SimpleStringProperty(this, "address", "");
    public final IntegerProperty readers = new SimpleIntegerProperty(this, "readers");
    public final IntegerProperty lost = new SimpleIntegerProperty(this, "lost");
    public final IntegerProperty slower = new SimpleIntegerProperty(this, "slower");
    /** Why sharing is off when it should be on; empty otherwise. */
    public final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    /** Whether the caption screen shows the QR code and the address in a corner (F8). */
    public final BooleanProperty cornerShown = new SimpleBooleanProperty(this, "cornerShown");
}

package org.plaincaptions.ui.control;

/** What the "Publish to an edge" field asks the app to do. FX thread; must not block. */
public interface EdgeActions {
    /** Publishes this room's captions to the edge at {@code url}; a bad URL is said in the model. */
    void startPublishing(String url);

    void stopPublishing();
}

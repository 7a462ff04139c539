package org.plaincaptions.ui.display;

import java.net.URL;

/** Finds the stylesheets from {@code styles/}, which the build copies into the jar. */
public final class Styles {
    private Styles() {
    }

    public static String url(String name) {
        URL url = Styles.class.getResource("/styles/" + name);
        if (url == null) {
            throw new IllegalStateException("stylesheet styles/" + name + " is missing from the build");
        }
        return url.toExternalForm();
    }
}

package org.plaincaptions.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: opens the control room and the caption screen. */
public final class PlainCaptionsApp extends Application {
    private static volatile DesktopOptions options = DesktopOptions.NONE;
    private Desktop desktop;

    static void launchDesktop(DesktopOptions desktopOptions) {
        options = desktopOptions;
        Application.launch(PlainCaptionsApp.class);
    }

    @Override
    public void start(Stage stage) {
        desktop = new Desktop(stage, options);
        desktop.controlRoom().quitWith(Platform::exit); // asks first while captions run
        desktop.show();
    }

    @Override
    public void stop() {
        if (desktop != null) {
            desktop.close();
        }
    }
}

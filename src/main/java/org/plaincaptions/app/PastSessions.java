package org.plaincaptions.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.stage.Window;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.ui.control.SessionsWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's side of past sessions: opens the {@link SessionsWindow} (once, then shows it again),
 * remembers the clean-up age picked there, and at start deletes the sessions older than that age.
 * With no age set (the default) nothing is ever deleted by itself.
 */
final class PastSessions {
    private static final Logger LOGGER = LoggerFactory.getLogger(PastSessions.class);

    private final SessionStore store;
    private final SettingsKeeper settings;
    private final Executor io;
    private SessionsWindow window;

    PastSessions(SessionStore store, SettingsKeeper settings, Executor io) {
        this.store = store;
        this.settings = settings;
        this.io = io;
    }

    /**
     * Deletes, on the I/O thread, the sessions last saved longer ago than the age in the settings, if any;
     * {@code told} gets one line for the facilitator when some were deleted (on the I/O thread).
     */
    void cleanUpAtStart(java.util.function.Consumer<String> told) {
        int days = settings.current().cleanUpAfterDays();
        if (days <= 0) {
            return;
        }
        try {
            io.execute(() -> {
                List<String> deleted = store.cleanUp(Duration.ofDays(days));
                // Names and counts only: a session's words never go into the log.
                LOGGER.info("Clean-up: {} sessions last saved more than {} days ago deleted", deleted.size(), days);
                if (!deleted.isEmpty()) {
                    told.accept(String.format("%d past session%s older than %d days deleted, as set in Past sessions (F9).",
                            deleted.size(), deleted.size() == 1 ? "" : "s", days));
                }
            });
        } catch (RejectedExecutionException e) {
            LOGGER.debug("Clean-up not run: the app is closing");
        }
    }

    /** Opens the window over {@code owner}, with the list as it is on disk now. */
    void open(Window owner) {
        if (window == null) {
            window = new SessionsWindow(owner, store, io, settings.current().cleanUpAfterDays(),
                    days -> settings.change(s -> s.withCleanUpAfterDays(days)));
        }
        window.open();
    }

    /** Reads the list again if the window is open (a run started or ended). */
    void refreshIfOpen() {
        if (window != null && window.stage().isShowing()) {
            window.refresh();
        }
    }

    Optional<SessionsWindow> window() {
        return Optional.ofNullable(window);
    }

    void close() {
        if (window != null) {
            window.stage().close();
        }
    }
}

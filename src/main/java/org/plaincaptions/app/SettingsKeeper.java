package org.plaincaptions.app;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.plaincaptions.settings.Settings;
import org.plaincaptions.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in use, saved after each change on the app's I/O thread (the latest wins; saves never
 * run on the FX thread). Loaded once at start: a damaged file gives the defaults and a sentence for
 * the facilitator, and is kept beside as {@code settings.json.bak}.
 */
final class SettingsKeeper {
    private static final Logger LOGGER = LoggerFactory.getLogger(SettingsKeeper.class);

    private final SettingsStore store;
    private final Executor io;
    private final AtomicReference<Settings> pending = new AtomicReference<>();
    private Settings current;
    private final Optional<String> loadProblem;

    SettingsKeeper(SettingsStore store, Executor io) {
        this.store = store;
        this.io = io;
        SettingsStore.Loaded loaded = store.load();
        current = loaded.settings();
        loadProblem = loaded.problem();
    }

    Settings current() {
        return current;
    }

    /** Why the settings file could not be used, if it could not. */
    Optional<String> loadProblem() {
        return loadProblem;
    }

    /** Changes the settings and saves them soon. */
    void change(UnaryOperator<Settings> change) {
        Settings changed = change.apply(current);
        if (changed.equals(current)) {
            return;
        }
        current = changed;
        if (pending.getAndSet(changed) == null) {
            io.execute(this::saveLatest);
        }
    }

    // Taking the pending settings and writing them is one step, so an older save never lands last.
    private synchronized void saveLatest() {
        Settings latest = pending.getAndSet(null);
        if (latest == null) {
            return;
        }
        try {
            store.save(latest);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("Settings not saved to {}: {}", store.file(), e.toString());
        }
    }

    /** Saves now, on the calling thread: when the app closes. */
    synchronized void saveNow() {
        pending.set(null);
        try {
            store.save(current);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("Settings not saved to {}: {}", store.file(), e.toString());
        }
    }
}

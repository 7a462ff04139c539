package org.plaincaptions.ui.control;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.plaincaptions.plain.JargonWord;
import org.plaincaptions.settings.Settings;
import org.plaincaptions.ui.display.ScreenInfo;

/**
 * What the control room shows, as properties its views bind to (Bisq's MVC: the app sets them, the
 * views never decide). FX thread only.
 */
public final class ControlRoomModel {
    /** Progress of something with no known end: the model loading. */
    public static final double WORKING = -1;
    public static final double IDLE = 0;

    final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");
    final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    final StringProperty modelName = new SimpleStringProperty(this, "modelName", "loading…");
    final DoubleProperty modelProgress = new SimpleDoubleProperty(this, "modelProgress", WORKING);
    final StringProperty status = new SimpleStringProperty(this, "status", "Loading the speech model…");
    final BooleanProperty problem = new SimpleBooleanProperty(this, "problem");
    final DoubleProperty level = new SimpleDoubleProperty(this, "level");
    final StringProperty soundWarning = new SimpleStringProperty(this, "soundWarning", "");
    final DoubleProperty fileProgress = new SimpleDoubleProperty(this, "fileProgress", IDLE);
    final StringProperty fileProgressText = new SimpleStringProperty(this, "fileProgressText", "");
    final DoubleProperty wordsPerMinute = new SimpleDoubleProperty(this, "wordsPerMinute", Double.NaN);
    final IntegerProperty slowDownAt = new SimpleIntegerProperty(this, "slowDownAt", Settings.DEFAULT_SLOW_DOWN_AT);
    final BooleanProperty slowDownOnScreen = new SimpleBooleanProperty(this, "slowDownOnScreen");
    final BooleanProperty slowDown = new SimpleBooleanProperty(this, "slowDown");
    final BooleanProperty pauseCuts = new SimpleBooleanProperty(this, "pauseCuts", true);
    final StringProperty readabilityMinute = new SimpleStringProperty(this, "readabilityMinute", "–");
    final StringProperty readabilitySession = new SimpleStringProperty(this, "readabilitySession", "–");
    final ObservableList<JargonWord> jargon = FXCollections.observableArrayList();
    final ObservableList<SourceChoice> sources = FXCollections.observableArrayList();
    final ObjectProperty<SourceChoice> source = new SimpleObjectProperty<>(this, "source");
    final ObservableList<ScreenChoice> screens = FXCollections.observableArrayList();
    final ObjectProperty<ScreenChoice> screen = new SimpleObjectProperty<>(this, "screen");
    final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen", true);
    final BooleanProperty captionScreenShown = new SimpleBooleanProperty(this, "captionScreenShown", true);

    /** An entry of the screen picker: a screen, or "automatic". */
    public record ScreenChoice(java.util.Optional<ScreenInfo> screen) {
        public static final ScreenChoice AUTOMATIC = new ScreenChoice(java.util.Optional.empty());

        @Override
        public String toString() {
            return screen.map(ScreenInfo::label).orElse("Automatic (another screen if there is one)");
        }
    }

    public void showStatus(String text) {
        status.set(text);
        problem.set(false);
    }

    public void showProblem(String text) {
        status.set(text);
        problem.set(true);
    }

    public javafx.beans.property.ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public String status() {
        return status.get();
    }

    public boolean isProblem() {
        return problem.get();
    }

    /** The model is loading: Start waits for it; {@code name} is null until it is loaded. */
    public void modelLoading() {
        ready.set(false);
        modelName.set("loading…");
        modelProgress.set(WORKING);
        showStatus("Loading the speech model…");
    }

    /** The model is loaded, or failed to load: then {@code problemText} says why and Start stays off. */
    public void modelReady(String name, java.util.Optional<String> problemText) {
        modelName.set(name);
        modelProgress.set(IDLE);
        ready.set(problemText.isEmpty());
        problemText.ifPresentOrElse(this::showProblem, () -> showStatus("Ready. Press Start (F5) to caption."));
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return running.get();
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public boolean isPaused() {
        return paused.get();
    }

    public boolean isReady() {
        return ready.get();
    }

    public DoubleProperty levelProperty() {
        return level;
    }

    public StringProperty soundWarningProperty() {
        return soundWarning;
    }

    public DoubleProperty fileProgressProperty() {
        return fileProgress;
    }

    public StringProperty fileProgressTextProperty() {
        return fileProgressText;
    }

    public DoubleProperty wordsPerMinuteProperty() {
        return wordsPerMinute;
    }

    public IntegerProperty slowDownAtProperty() {
        return slowDownAt;
    }

    public BooleanProperty slowDownOnScreenProperty() {
        return slowDownOnScreen;
    }

    /** Whether the next Start ends long utterances at the speaker's short pauses (decision 0005). */
    public BooleanProperty pauseCutsProperty() {
        return pauseCuts;
    }

    public BooleanProperty slowDownProperty() {
        return slowDown;
    }

    public StringProperty readabilityMinuteProperty() {
        return readabilityMinute;
    }

    public StringProperty readabilitySessionProperty() {
        return readabilitySession;
    }

    public ObservableList<JargonWord> jargon() {
        return jargon;
    }

    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    public ObjectProperty<SourceChoice> sourceProperty() {
        return source;
    }

    public ObservableList<ScreenChoice> screens() {
        return screens;
    }

    public ObjectProperty<ScreenChoice> screenProperty() {
        return screen;
    }

    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** Whether the caption screen's window is open (the facilitator may have closed it). */
    public BooleanProperty captionScreenShownProperty() {
        return captionScreenShown;
    }
}

package org.plaincaptions.ui.control;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * How the speaker is doing for the readers: speaking rate in words a minute against a threshold that
 * lights "Please slow down", readability of what was said against what was shown, and whether long
 * sentences of a fast speaker are ended at short pauses (decision 0005).
 */
final class SpeakerPanel extends VBox {
    /** The meter is full at this rate: fast speech is about 220 words a minute. */
    static final double METER_TOP = 240;

    final Label rate = new Label();
    final ProgressBar meter = new ProgressBar(0);
    final Spinner<Integer> threshold = new Spinner<>(60, 400, 160, 10);
    final Label slowDown = new Label("Please slow down");
    final ToggleSwitch onScreen = new ToggleSwitch("Also on the caption screen");
    final ToggleSwitch pauseCuts = new ToggleSwitch("End long sentences at short pauses");
    final Label readabilityMinute = new Label();
    final Label readabilitySession = new Label();

    SpeakerPanel(ControlRoomModel m) {
        rate.setId("rate");
        rate.getStyleClass().add("rate");
        rate.setWrapText(true);
        // Before 10 s of speech a figure would jump about: say it is coming rather than show "–" or 0.
        rate.textProperty().bind(Bindings.createStringBinding(() -> !Double.isNaN(m.wordsPerMinute.get())
                        ? Math.round(m.wordsPerMinute.get()) + " words a minute"
                        : m.running.get() ? String.format("– words a minute (after %.0f s)",
                        SpeakingRate.SETTLE_SECONDS) : "– words a minute", m.wordsPerMinute, m.running));
        meter.setId("rate-meter");
        meter.setAccessibleText("Speaking rate");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.progressProperty().bind(Bindings.createDoubleBinding(() -> Double.isNaN(m.wordsPerMinute.get())
                ? 0 : Math.min(1, m.wordsPerMinute.get() / METER_TOP), m.wordsPerMinute));
        threshold.setId("slow-down-at");
        threshold.setEditable(true);
        threshold.setAccessibleText("Words a minute at which to ask the speaker to slow down");
        threshold.getValueFactory().setValue(m.slowDownAt.get());
        threshold.valueProperty().addListener((o, a, b) -> m.slowDownAt.set(b));
        m.slowDownAt.addListener((o, a, b) -> threshold.getValueFactory().setValue(b.intValue()));
        threshold.setPrefWidth(90);
        slowDown.setId("slow-down");
        slowDown.getStyleClass().add("slow-down-cue");
        m.slowDown.addListener((o, a, b) -> {
            slowDown.getStyleClass().remove("lit");
            if (b) {
                slowDown.getStyleClass().add("lit");
            }
        });
        slowDown.accessibleTextProperty().bind(Bindings.when(m.slowDown)
                .then("Please slow down: lit").otherwise("Please slow down: off"));
        onScreen.setId("slow-down-on-screen");
        onScreen.setAccessibleText("Also show please slow down on the caption screen");
        onScreen.selectedProperty().bindBidirectional(m.slowDownOnScreen);

        pauseCuts.setId("pause-cuts");
        pauseCuts.setAccessibleText("End long sentences at short pauses, from the next Start");
        pauseCuts.setTooltip(new Tooltip("A fast speaker may never pause long enough to end a sentence, so its words"
                + " keep changing for up to 20 s. On: once a sentence has run 8 s, it ends at the speaker's next short"
                + " pause (0.1 s of quiet), so its words settle sooner. Off: a sentence ends only at a longer silence"
                + " or after 20 s. Used from the next Start."));
        pauseCuts.selectedProperty().bindBidirectional(m.pauseCuts);

        readabilityMinute.setId("readability-minute");
        readabilityMinute.textProperty().bind(m.readabilityMinute);
        readabilitySession.setId("readability-session");
        readabilitySession.textProperty().bind(m.readabilitySession);
        Label thresholdLabel = new Label("Slow down above:");
        thresholdLabel.setLabelFor(threshold);
        GridPane readability = new GridPane();
        readability.setHgap(8);
        readability.setVgap(4);
        readability.addRow(0, new Label("Reading ease"), new Label("said → shown"));
        readability.addRow(1, new Label("Last minute:"), readabilityMinute);
        readability.addRow(2, new Label("Session:"), readabilitySession);
        Label readabilityHelp = new Label("Flesch reading ease: higher is easier; 60 or more is plain English.");
        readabilityHelp.getStyleClass().add("hint");
        readabilityHelp.setWrapText(true);

        getChildren().addAll(rate, meter, new HBox(8, thresholdLabel, threshold, new Label("words a minute")),
                slowDown, onScreen, readability, readabilityHelp, pauseCuts);
        setSpacing(8);
        setPadding(new Insets(8));
    }
}

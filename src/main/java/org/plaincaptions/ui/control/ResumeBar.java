package org.plaincaptions.ui.control;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The question the app asks when it starts after a crash: a session was cut off; carry it on, or keep it
 * as it is and start a new one. A bar in the window, not a dialog: the facilitator can answer it later,
 * and captions can start meanwhile (then only "start a new session" is left to say).
 */
final class ResumeBar extends HBox {
    final Label text = new Label();
    final Button resume = new Button("_Resume it");
    final Button startNew = new Button("Keep it and start a _new session");
    private Runnable onResume = () -> { };
    private Runnable onStartNew = () -> { };

    ResumeBar(ObservableBooleanValue running) {
        setId("resume-bar");
        text.setId("resume-text");
        Fit.wrapping(text);
        Fit.keepWhole(resume, startNew);
        resume.setId("resume-session");
        startNew.setId("new-session");
        resume.setAccessibleText("Resume the interrupted session: captions carry on in it");
        startNew.setAccessibleText("Keep the interrupted session as it is; the next captions start a new one");
        resume.disableProperty().bind(running);
        resume.setOnAction(e -> answer(onResume));
        startNew.setOnAction(e -> answer(onStartNew));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(text, resume, startNew);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("resume-bar");
        hide();
    }

    void offer(String question, Runnable resumeIt, Runnable keepIt) {
        text.setText(question);
        onResume = resumeIt;
        onStartNew = keepIt;
        setVisible(true);
        setManaged(true);
        resume.requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    private void answer(Runnable action) {
        hide();
        action.run();
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }
}

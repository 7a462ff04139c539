package org.plaincaptions.ui.control;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.plaincaptions.settings.GlossaryRow;

/**
 * "Add plain words" at hand, under the transcripts: the term picked in a transcript (or the jargon
 * list), a field for the plain words, Add. It stays in the window rather than a dialog so the
 * captions stay in view while the facilitator types. Checked as the glossary reader would check it.
 */
final class AddPlainWordsBar extends HBox {
    final TextField term = new TextField();
    final TextField plain = new TextField();
    final Button add = new Button("Add");
    final Button cancel = new Button("Cancel");
    final Label result = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private Runnable onClosed = () -> { };
    private boolean filling;

    AddPlainWordsBar(ControlRoomActions actions, ControlRoomModel model) {
        setId("add-plain-words");
        term.setId("add-term");
        plain.setId("add-plain");
        add.setId("add-plain-words-confirm");
        result.setId("add-result");
        term.setAccessibleText("Term heard in the meeting");
        plain.setAccessibleText("Plain words to show instead");
        term.setPromptText("term heard");
        plain.setPromptText("plain words to show instead");
        HBox.setHgrow(plain, Priority.ALWAYS);
        Label forLabel = new Label("Plain words for");
        forLabel.setLabelFor(term);
        Label instead = new Label("→");
        instead.setLabelFor(plain);
        getChildren().addAll(forLabel, term, instead, plain, add, cancel, result);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("add-plain-words");

        validation.registerValidator(term, false, (javafx.scene.control.Control c, String value) ->
                ValidationResult.fromErrorIf(c, problem(value, plain.getText(), true).orElse(""),
                        problem(value, plain.getText(), true).isPresent()));
        validation.registerValidator(plain, false, Validator.createEmptyValidator("Write the plain words", Severity.ERROR));
        plain.textProperty().addListener(o -> validation.revalidate(term));
        add.disableProperty().bind(validation.invalidProperty());
        // No red marks on fields nobody has typed in yet: they show once the facilitator types.
        validation.setErrorDecorationEnabled(false);
        term.textProperty().addListener(o -> typed());
        plain.textProperty().addListener(o -> typed());
        add.setOnAction(e -> submit(actions, model));
        plain.setOnAction(e -> {
            if (!validation.isInvalid()) {
                submit(actions, model);
            }
        });
        cancel.setOnAction(e -> close());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        close();
    }

    /** Opens the bar for {@code heard}, ready to type the plain words (or the term, when none was picked). */
    void open(String heard) {
        setVisible(true);
        setManaged(true);
        filling = true;
        validation.setErrorDecorationEnabled(false);
        term.setText(heard);
        plain.clear();
        filling = false;
        result.setText("");
        (heard == null || heard.isBlank() ? term : plain).requestFocus();
    }

    /** Where focus goes when the bar closes: back where the facilitator was, not to the next control. */
    void onClosed(Runnable action) {
        onClosed = action;
    }

    void close() {
        boolean wasOpen = isVisible();
        setVisible(false);
        setManaged(false);
        if (wasOpen) {
            onClosed.run();
        }
    }

    /** Whether a field would show a red mark now. */
    boolean marksShown() {
        return validation.errorDecorationEnabledProperty().get();
    }

    private void typed() {
        if (!filling && isVisible()) {
            validation.setErrorDecorationEnabled(true);
        }
    }

    private void submit(ControlRoomActions actions, ControlRoomModel model) {
        String t = term.getText().strip();
        String p = plain.getText().strip();
        Optional<String> problem = problem(t, p, false);
        if (problem.isPresent()) {
            result.setText(problem.get());
            return;
        }
        add.disableProperty().unbind();
        add.setDisable(true);
        actions.addPlainWords(t, p, outcome -> {
            add.disableProperty().bind(validation.invalidProperty());
            outcome.ifPresentOrElse(result::setText, () -> {
                model.showStatus("Added to the meeting glossary: \"" + t + "\" → \"" + p + "\".");
                close();
            });
        });
    }

    /** What the glossary reader would say about this row; the term alone while plain is still empty. */
    private static Optional<String> problem(String termText, String plainText, boolean termOnly) {
        if (termText == null || termText.isBlank()) {
            return Optional.of("Write the term heard");
        }
        String p = termOnly && (plainText == null || plainText.isBlank()) ? "x" : plainText;
        return GlossaryRow.of(termText, p).problem();
    }
}

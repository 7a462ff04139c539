package org.plaincaptions.ui.control;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.plaincaptions.plain.JargonWord;
import org.plaincaptions.suggest.Suggestion;

/**
 * The rare words heard that no glossary covers, most said first. Each offers up to three plain
 * alternatives (looked up in the background), one click each into the meeting glossary, and is one
 * click (or Enter) from "Add plain words" with the word filled in.
 */
final class JargonList extends VBox {
    final ListView<JargonWord> list = new ListView<>();

    JargonList(ControlRoomModel m, Consumer<String> addPlainWords, ControlRoomActions actions) {
        list.setId("jargon");
        list.setItems(m.jargon);
        list.setAccessibleText("Jargon heard: rare words no glossary covers");
        list.setPlaceholder(new Label("Rare words no glossary covers appear here as people speak."));
        list.setCellFactory(v -> new JargonCell(m, addPlainWords, actions));
        list.setOnKeyPressed(e -> {
            JargonWord selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                addPlainWords.accept(selected.word());
                e.consume();
            }
        });
        Label hint = new Label("Click a suggested word to add it to the meeting glossary, or \"Add plain words…\" "
                + "(or select and press Enter) to write your own.");
        Fit.wrapping(hint);
        hint.getStyleClass().add("hint");
        getChildren().addAll(hint, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
    }

    private static final class JargonCell extends ListCell<JargonWord> {
        private final ControlRoomModel model;
        private final Consumer<String> addPlainWords;
        private final ControlRoomActions actions;
        private final HBox suggestions = new HBox(4);

        JargonCell(ControlRoomModel model, Consumer<String> addPlainWords, ControlRoomActions actions) {
            this.model = model;
            this.addPlainWords = addPlainWords;
            this.actions = actions;
            suggestions.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(JargonWord item, boolean empty) {
            super.updateItem(item, empty);
            suggestions.getChildren().clear();
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label word = new Label(item.word() + "  ×" + item.count());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button add = new Button("Add plain words…");
            add.getStyleClass().add("jargon-add");
            add.setAccessibleText("Add plain words for " + item.word());
            add.setFocusTraversable(false); // Enter on the row does the same
            add.setOnAction(e -> addPlainWords.accept(item.word()));
            HBox row = new HBox(8, word, suggestions, spacer, add);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setAccessibleText(item.word() + ", said " + item.count() + " times");
            actions.suggestPlainWords(item.word()).thenAccept(found -> Platform.runLater(() -> show(item, found)));
        }

        /** Shows the suggestions if the cell still shows the word they are for. */
        private void show(JargonWord item, List<Suggestion> found) {
            if (getItem() != item || !suggestions.getChildren().isEmpty()) {
                return;
            }
            for (Suggestion s : found) {
                Button use = new Button(s.plain());
                use.getStyleClass().add("jargon-suggestion");
                use.setAccessibleText("Show \"" + s.plain() + "\" instead of " + item.word());
                use.setFocusTraversable(false);
                use.setOnAction(e -> accept(item, s));
                suggestions.getChildren().add(use);
            }
            setAccessibleText(item.word() + ", said " + item.count() + " times"
                    + (found.isEmpty() ? "" : ", suggested: " + String.join(", ", found.stream().map(Suggestion::plain).toList())));
        }

        private void accept(JargonWord item, Suggestion s) {
            suggestions.getChildren().forEach(n -> n.setDisable(true));
            actions.addPlainWords(s.term(), s.plain(), outcome -> outcome.ifPresentOrElse(problem -> {
                suggestions.getChildren().forEach(n -> n.setDisable(false));
                model.showStatus("Not added: " + problem);
            }, () -> {
                model.showStatus("Added to the meeting glossary: \"" + s.term() + "\" → \"" + s.plain() + "\".");
                model.jargon.removeIf(w -> w.word().equals(item.word()));
            }));
        }
    }
}

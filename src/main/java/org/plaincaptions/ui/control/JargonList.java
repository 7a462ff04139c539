package org.plaincaptions.ui.control;

import java.util.function.Consumer;
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

/**
 * The rare words heard that no glossary covers, most said first; each is one click (or Enter) from
 * "Add plain words" with the word filled in.
 */
final class JargonList extends VBox {
    final ListView<JargonWord> list = new ListView<>();

    JargonList(ControlRoomModel m, Consumer<String> addPlainWords) {
        list.setId("jargon");
        list.setItems(m.jargon);
        list.setAccessibleText("Jargon heard: rare words no glossary covers");
        list.setPlaceholder(new Label("Rare words no glossary covers appear here as people speak."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(JargonWord item, boolean empty) {
                super.updateItem(item, empty);
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
                HBox row = new HBox(8, word, spacer, add);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setAccessibleText(item.word() + ", said " + item.count() + " times");
            }
        });
        list.setOnKeyPressed(e -> {
            JargonWord selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                addPlainWords.accept(selected.word());
                e.consume();
            }
        });
        Label hint = new Label("Click \"Add plain words…\" (or select and press Enter) to give plain words.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        getChildren().addAll(hint, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
    }
}

package org.plaincaptions.ui.control;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.plaincaptions.captions.Caption;

/**
 * One side of the transcript: a line per utterance, the utterance in progress last (in italics),
 * following the newest line unless the facilitator has scrolled up.
 */
final class TranscriptView {
    private final ListView<String> list = new ListView<>();
    private boolean partialShown;

    TranscriptView(String id) {
        list.setId(id + "-transcript");
        list.setFocusTraversable(true);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
                boolean partial = !empty && partialShown && getIndex() == list.getItems().size() - 1;
                getStyleClass().remove("partial");
                if (partial) {
                    getStyleClass().add("partial");
                }
            }
        });
    }

    ListView<String> list() {
        return list;
    }

    VBox titled(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("transcript-heading");
        heading.setLabelFor(list);
        list.setAccessibleText(title);
        VBox box = new VBox(heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    void show(Caption caption, String text) {
        var items = list.getItems();
        boolean following = items.isEmpty() || isAtBottom();
        if (text.isBlank()) {
            if (partialShown) {
                items.remove(items.size() - 1);
            }
        } else if (partialShown) {
            items.set(items.size() - 1, text); // replace in place: no row jumps while a partial grows
        } else {
            items.add(text);
        }
        partialShown = !text.isBlank() && !caption.isFinal();
        if (following && !items.isEmpty()) {
            list.scrollTo(items.size() - 1);
        }
    }

    void clear() {
        list.getItems().clear();
        partialShown = false;
    }

    private boolean isAtBottom() {
        // ListView exposes no scroll position; treat "last row selected or nothing selected" as following.
        int selected = list.getSelectionModel().getSelectedIndex();
        return selected < 0 || selected >= list.getItems().size() - 2;
    }
}

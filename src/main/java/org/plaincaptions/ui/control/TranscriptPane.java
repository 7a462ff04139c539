package org.plaincaptions.ui.control;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.Track;

/**
 * What was said beside what the room read, for the whole session, with "Add plain words" for a
 * picked word and the glossary editor one click away.
 */
final class TranscriptPane extends BorderPane {
    final TranscriptView raw = new TranscriptView("raw", Track.RAW);
    final TranscriptView plain = new TranscriptView("plain", Track.PLAIN);
    final AddPlainWordsBar addBar;
    final Button addWords = new Button("_Add plain words… (Ctrl+G)");
    final Button editGlossary = new Button("Meeting _glossary… (Ctrl+E)");
    private TranscriptView lastUsed = raw;

    TranscriptPane(ControlRoomActions actions, ControlRoomModel model) {
        addBar = new AddPlainWordsBar(actions, model);
        // Back to the transcript: the next control in line is "Captions on", where an arrow key moves the captions.
        addBar.onClosed(() -> lastUsed.list().requestFocus());
        SplitPane sides = new SplitPane(raw.titled("What was sai_d"), plain.titled("Plain captions (what the room r_eads)"));
        addWords.setId("add-plain-words-button");
        addWords.setTooltip(new Tooltip("Pick a word in a transcript, then give plain words for it"));
        addWords.setOnAction(e -> openAddBar());
        editGlossary.setId("edit-glossary");
        editGlossary.setOnAction(e -> actions.editGlossary());
        raw.list().focusedProperty().addListener((o, a, b) -> lastUsed = b ? raw : lastUsed);
        plain.list().focusedProperty().addListener((o, a, b) -> lastUsed = b ? plain : lastUsed);
        for (TranscriptView view : new TranscriptView[] {raw, plain}) {
            MenuItem item = new MenuItem("Add plain words…");
            item.setOnAction(e -> {
                lastUsed = view;
                openAddBar();
            });
            view.list().setContextMenu(new ContextMenu(item));
        }
        Fit.keepWhole(addWords, editGlossary);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, addWords, editGlossary);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(6, 8, 0, 8));
        setCenter(sides);
        setBottom(new VBox(buttons, addBar));
    }

    void show(Caption caption) {
        raw.show(caption);
        plain.show(caption);
    }

    void showGap(org.plaincaptions.captions.CaptionGap gap) {
        raw.showGap(gap);
        plain.showGap(gap);
    }

    /** Focus on the transcript of what was said: a safe place, where keys pick words. */
    void focus() {
        raw.list().requestFocus();
    }

    void clear() {
        raw.clear();
        plain.clear();
    }

    /** Opens "Add plain words" for the words picked in the transcript used last. */
    void openAddBar() {
        String picked = lastUsed.pickedText();
        if (picked.isEmpty()) {
            picked = (lastUsed == raw ? plain : raw).pickedText();
        }
        addBar.open(picked);
    }

    /** Opens "Add plain words" for a term from elsewhere (the jargon list). */
    void openAddBar(String term) {
        addBar.open(term);
    }
}

package org.plaincaptions.ui.control;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.Track;
import org.plaincaptions.ui.display.MarkedWords;
import org.plaincaptions.ui.display.ShownWord;

/**
 * One side of the transcript: a row per utterance for the whole session, the one in progress last (in
 * italics), changed words marked, following the newest row unless the facilitator has scrolled up.
 * Words can be picked to add plain words for them: click a word (Shift+click to extend), or select a
 * row and use Left/Right (Shift to extend).
 */
final class TranscriptView {
    private final ListView<TranscriptLine> list = new ListView<>();
    /**
     * How wide a row's words may run: the list less its scroll bar, and never near nothing, since a
     * row squeezed to no width has no height and the list then tries to lay out thousands of rows
     * ("index exceeds maxCellCount"). One binding shared by every row, made once.
     */
    private final javafx.beans.binding.NumberBinding rowWidth =
            javafx.beans.binding.Bindings.max(120, list.widthProperty().subtract(30));
    private final Track track;
    private boolean partialShown;
    private VirtualFlow<?> flow;
    private int pickedRow = -1;
    private int pickedFrom;
    private int pickedTo;
    private boolean replacing; // the live row is being replaced: its selection comes and goes, the pick stays

    TranscriptView(String id, Track track) {
        this.track = track;
        list.setId(id + "-transcript");
        list.setCellFactory(v -> new WordsCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            // A Shift+click clears the selection and selects again: only another row starts a new pick.
            if (!replacing && b.intValue() >= 0 && b.intValue() != pickedRow) {
                pick(b.intValue(), 0, 0);
            }
        });
    }

    ListView<TranscriptLine> list() {
        return list;
    }

    VBox titled(String title) {
        Label heading = Fit.wrapping(new Label(title));
        heading.getStyleClass().add("transcript-heading");
        heading.setMnemonicParsing(true);
        heading.setLabelFor(list);
        list.setAccessibleText(title.replace("_", ""));
        VBox box = new VBox(heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    void show(Caption caption) {
        var items = list.getItems();
        boolean wasPartial = partialShown;
        boolean following = items.isEmpty() || atBottom();
        List<ShownWord> words = MarkedWords.of(caption, track);
        TranscriptLine line = new TranscriptLine(words, !caption.isFinal());
        if (words.isEmpty()) {
            if (partialShown) {
                items.remove(items.size() - 1);
            }
        } else if (partialShown) {
            replaceLiveRow(line); // in place: no row jumps while a partial grows
        } else {
            items.add(line);
        }
        partialShown = !words.isEmpty() && !caption.isFinal();
        // A partial replacing the partial row leaves the rows where they are: no need to scroll again.
        boolean sameRows = wasPartial && partialShown;
        if (following && !items.isEmpty() && !sameRows) {
            list.scrollTo(items.size() - 1);
        }
    }

    /** Replaces the live row, keeping the words picked in it picked (they may have moved as the row grew). */
    private void replaceLiveRow(TranscriptLine line) {
        var items = list.getItems();
        int at = items.size() - 1;
        List<String> picked = pickedRow == at ? keys(items.get(at).words().subList(
                Math.min(pickedFrom, items.get(at).words().size() - 1),
                Math.min(pickedTo, items.get(at).words().size() - 1) + 1)) : List.of();
        replacing = true;
        try {
            items.set(at, line);
        } finally {
            replacing = false;
        }
        if (!picked.isEmpty()) {
            List<String> now = keys(line.words());
            int from = -1;
            for (int i = 0; i + picked.size() <= now.size() && from < 0; i++) {
                if (now.subList(i, i + picked.size()).equals(picked)) {
                    from = i;
                }
            }
            if (from < 0) {
                from = Math.min(pickedFrom, now.size() - 1);
                pick(at, from, Math.min(pickedTo, now.size() - 1));
            } else {
                pick(at, from, from + picked.size() - 1);
            }
        }
    }

    private static List<String> keys(List<ShownWord> words) {
        return words.stream().map(w -> w.text().replaceAll("[^\\p{L}\\p{N}'-]", "").toLowerCase(Locale.ROOT)).toList();
    }

    /** A marker row where nothing was captioned; a partial still shown makes way for it. */
    void showGap(org.plaincaptions.captions.CaptionGap gap) {
        var items = list.getItems();
        boolean following = items.isEmpty() || atBottom();
        if (partialShown) {
            items.remove(items.size() - 1);
            partialShown = false;
        }
        items.add(TranscriptLine.gap(gap));
        if (following) {
            list.scrollTo(items.size() - 1);
        }
    }

    void clear() {
        list.getItems().clear();
        partialShown = false;
        pickedRow = -1;
    }

    /** The words picked, lowercase, or empty. */
    String pickedText() {
        if (pickedRow < 0 || pickedRow >= list.getItems().size()) {
            return "";
        }
        TranscriptLine line = list.getItems().get(pickedRow);
        List<ShownWord> words = line.words();
        if (words.isEmpty() || line.gap()) {
            return "";
        }
        int from = Math.min(pickedFrom, words.size() - 1);
        int to = Math.min(pickedTo, words.size() - 1);
        return words.subList(from, to + 1).stream().map(ShownWord::text)
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}'-]", ""))
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT).strip();
    }

    /** Picks words {@code from}..{@code to} of row {@code row} (a test or a click). */
    void pick(int row, int from, int to) {
        pickedRow = row;
        pickedFrom = Math.min(from, to);
        pickedTo = Math.max(from, to);
        if (row >= 0 && list.getSelectionModel().getSelectedIndex() != row) {
            list.getSelectionModel().select(row);
        }
        list.refresh();
    }

    private void onKey(KeyEvent e) {
        int row = list.getSelectionModel().getSelectedIndex();
        if (row < 0 || (e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT)) {
            return;
        }
        int size = list.getItems().get(row).words().size();
        int step = e.getCode() == KeyCode.LEFT ? -1 : 1;
        if (e.isShiftDown()) {
            pick(row, pickedFrom, Math.max(pickedFrom, Math.min(size - 1, pickedTo + step)));
        } else {
            int at = Math.max(0, Math.min(size - 1, pickedFrom + step));
            pick(row, at, at);
        }
        e.consume();
    }

    private static void mark(Text word, String styleClass, boolean on) {
        if (on != word.getStyleClass().contains(styleClass)) {
            if (on) {
                word.getStyleClass().add(styleClass);
            } else {
                word.getStyleClass().remove(styleClass);
            }
        }
    }

    private boolean atBottom() {
        if (list.getSkin() == null) {
            return true;
        }
        if (flow == null) {
            flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        }
        if (flow == null || flow.getLastVisibleCell() == null) {
            return true;
        }
        return flow.getLastVisibleCell().getIndex() >= list.getItems().size() - 2;
    }

    /** A row as words, so each can be marked and picked. */
    private final class WordsCell extends ListCell<TranscriptLine> {
        private final TextFlow flow = new TextFlow();

        WordsCell() {
            flow.getStyleClass().add("transcript-words");
            flow.maxWidthProperty().bind(rowWidth);
            flow.prefWidthProperty().bind(rowWidth);
            setPrefWidth(0);
        }

        /**
         * As tall as the words wrapped at the row's width: the cell's own computation asks its graphic for
         * a height without a width, which for a long row is too short, so its first and last lines were cut
         * and ran into the next row.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + flow.prefHeight(rowWidth.doubleValue()) + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void updateItem(TranscriptLine item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("partial", "gap");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            if (item.partial()) {
                getStyleClass().add("partial");
            }
            if (item.gap()) {
                getStyleClass().add("gap");
            }
            // Reuse the word nodes already there: a growing partial only changes its last words.
            List<ShownWord> words = item.words();
            var nodes = flow.getChildren();
            for (int i = 0; i < words.size(); i++) {
                Text word;
                if (2 * i < nodes.size()) {
                    word = (Text) nodes.get(2 * i);
                    if (!word.getText().equals(words.get(i).text())) {
                        word.setText(words.get(i).text());
                    }
                } else {
                    if (i > 0) {
                        nodes.add(new Text(" "));
                    }
                    word = new Text(words.get(i).text());
                    word.getStyleClass().add("transcript-word");
                    int at = i;
                    // On press, before the list's own handling selects the row: picking a new row
                    // refreshes the list, which makes new cells, and a click whose release lands on
                    // a new cell would be lost (a word picked "in one of two tries", issue 15).
                    word.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                        if (!e.isPrimaryButtonDown()) {
                            return;
                        }
                        if (e.isShiftDown() && getIndex() == pickedRow) {
                            pick(getIndex(), pickedFrom, at);
                        } else {
                            pick(getIndex(), at, at);
                        }
                    });
                    nodes.add(word);
                }
                mark(word, "changed", words.get(i).changed());
                mark(word, "picked", getIndex() == pickedRow && i >= pickedFrom && i <= pickedTo);
            }
            int keep = Math.max(0, 2 * words.size() - 1);
            if (nodes.size() > keep) {
                nodes.remove(keep, nodes.size());
            }
            setGraphic(flow);
            setText(null);
            setAccessibleText(item.text());
        }
    }
}

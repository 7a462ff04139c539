package org.plaincaptions.ui.display;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * One caption line on screen: a word per {@link Text}. Updating it keeps every word node whose text is
 * unchanged, so words already shown never move or redraw while the line grows.
 */
final class LineNode extends HBox {
    private Font font;

    LineNode(Font font) {
        this.font = font;
        getStyleClass().add("caption-line");
        setAlignment(Pos.CENTER_LEFT);
        setFillHeight(false);
    }

    void setFont(Font value) {
        font = value;
        // The same space and padding the line was measured with (FontMeasure), so it is exactly as wide.
        FontMeasure measure = FontMeasure.of(value);
        setSpacing(measure.space());
        setStyle("-fx-padding: 0 " + measure.endPadding() + "px 0 " + measure.endPadding() + "px;");
        getChildren().forEach(n -> ((Text) n).setFont(value));
    }

    void setWords(List<ShownWord> words) {
        var nodes = getChildren();
        for (int i = 0; i < words.size(); i++) {
            ShownWord word = words.get(i);
            Text text;
            if (i < nodes.size()) {
                text = (Text) nodes.get(i);
                if (!text.getText().equals(word.text())) {
                    text.setText(word.text());
                }
            } else {
                text = new Text(word.text());
                text.getStyleClass().add("caption-word");
                text.setFont(font);
                nodes.add(text);
            }
            boolean marked = text.getStyleClass().contains("changed");
            if (marked != word.changed()) {
                if (word.changed()) {
                    text.getStyleClass().add("changed");
                } else {
                    text.getStyleClass().remove("changed");
                }
            }
        }
        if (nodes.size() > words.size()) {
            nodes.remove(words.size(), nodes.size());
        }
        setVisible(!words.isEmpty());
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (var node : getChildren()) {
            out.append(out.length() == 0 ? "" : " ").append(((Text) node).getText());
        }
        return out.toString();
    }

    List<Text> wordNodes() {
        return getChildren().stream().map(Text.class::cast).toList();
    }
}

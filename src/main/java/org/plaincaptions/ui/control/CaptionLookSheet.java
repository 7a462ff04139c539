package org.plaincaptions.ui.control;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.settings.CaptionPosition;
import org.plaincaptions.settings.Margins;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.plaincaptions.ui.display.ReadingDistance;
import org.plaincaptions.ui.display.ShownLayout;

/**
 * The caption screen's look in detail, as a ControlsFX property sheet (font, size, spacing, lines,
 * characters a line, position, safe-area margins), and the "readable from row N" size helper.
 */
final class CaptionLookSheet extends VBox {
    final PropertySheet sheet = new PropertySheet();
    final Spinner<Integer> row = new Spinner<>(1, 60, 10);
    final Spinner<Double> pictureHeight = new Spinner<>(0.3, 10.0, 1.5, 0.1);
    final Label suggestion = new Label();
    final Button useSuggestion = new Button("Use this si_ze");
    final Label fit = new Label();

    CaptionLookSheet(CaptionScreenModel screen) {
        ObjectProperty<CaptionLook> look = screen.lookProperty();
        sheet.setId("look-sheet");
        sheet.setAccessibleText("Caption look settings");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.getItems().setAll(List.of(
                new LookItem<>(look, "Text", "Font", "A plain sans-serif font reads best (BDA advice)", String.class,
                        CaptionLook::fontFamily, CaptionLook::withFontFamily),
                new LookItem<>(look, "Text", "Size (% of screen height)", "Height of the text; "
                        + "made smaller only if a full line would not fit across", Double.class,
                        CaptionLook::textSize, CaptionLook::withTextSize),
                new LookItem<>(look, "Text", "Line spacing", "Line height as a multiple of the text size (1.5 advised)",
                        Double.class, CaptionLook::lineSpacing, CaptionLook::withLineSpacing),
                new LookItem<>(look, "Lines", "Lines shown (1–6)", "How many lines the room sees at once",
                        Integer.class, CaptionLook::lines, CaptionLook::withLines),
                new LookItem<>(look, "Lines", "Characters a line", "At most this many (broadcast: 32 to 42; WCAG: 80)",
                        Integer.class, CaptionLook::maxChars, CaptionLook::withMaxChars),
                new LookItem<>(look, "Lines", "Position", "Bottom, top, or as many lines as fill the screen",
                        CaptionPosition.class, CaptionLook::position, CaptionLook::withPosition),
                margin(look, "Margin top (%)", Margins::top, (m, v) -> new Margins(v, m.right(), m.bottom(), m.left())),
                margin(look, "Margin right (%)", Margins::right, (m, v) -> new Margins(m.top(), v, m.bottom(), m.left())),
                margin(look, "Margin bottom (%)", Margins::bottom, (m, v) -> new Margins(m.top(), m.right(), v, m.left())),
                margin(look, "Margin left (%)", Margins::left, (m, v) -> new Margins(m.top(), m.right(), m.bottom(), v))));
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> {
            if (item.getType() == String.class) {
                return Editors.createChoiceEditor(item, Font.getFamilies());
            }
            return defaults.call(item);
        });
        VBox.setVgrow(sheet, Priority.ALWAYS);
        fit.setId("look-fit");
        fit.getStyleClass().add("hint");
        Fit.wrapping(fit);
        fit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> fitText(look.get(), screen.shownLayoutProperty().get()), look, screen.shownLayoutProperty()));

        row.setId("readable-row");
        row.setEditable(true);
        row.setAccessibleText("Row the captions must be readable from");
        row.setPrefWidth(80);
        pictureHeight.setId("picture-height");
        pictureHeight.setEditable(true);
        pictureHeight.setAccessibleText("Height of the projected picture in metres");
        pictureHeight.setPrefWidth(90);
        suggestion.setId("size-suggestion");
        useSuggestion.setId("use-size");
        Runnable suggest = () -> suggestion.setText(String.format("Row %d is about %.1f m away: size %.1f %%",
                row.getValue(), ReadingDistance.metresToRow(row.getValue()), suggested()));
        row.valueProperty().addListener((o, a, b) -> suggest.run());
        pictureHeight.valueProperty().addListener((o, a, b) -> suggest.run());
        suggest.run();
        useSuggestion.setOnAction(e -> look.set(look.get().withTextSize(suggested()).sanitized()));
        Label rowLabel = new Label("Readable from row");
        rowLabel.setLabelFor(row);
        Label heightLabel = new Label("picture height (m)");
        heightLabel.setLabelFor(pictureHeight);
        HBox helper = new HBox(6, rowLabel, row, heightLabel, pictureHeight);
        Fit.keepWhole(useSuggestion);
        Fit.wrapping(suggestion);
        HBox use = new HBox(8, suggestion, useSuggestion);
        HBox.setHgrow(suggestion, Priority.ALWAYS);
        getChildren().addAll(fit, sheet, new Label("Size helper"), helper, use);
        setSpacing(6);
        setPadding(new Insets(8));
    }

    /**
     * What the screen makes of the look now, so that no setting changes nothing in silence: the characters
     * that fit a line at this size, and the lines shown when fewer fit than were asked for.
     */
    static String fitText(CaptionLook look, ShownLayout shown) {
        if (shown == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.format("On the caption screen now: about %d characters a line",
                shown.charsPerLine()));
        text.append(shown.charsPerLine() < look.maxChars()
                ? String.format(" (%d asked: a smaller size fits more)", look.maxChars()) : "");
        boolean fill = look.position() == CaptionPosition.FILL;
        text.append(String.format(", %d line%s", shown.lines(), shown.lines() == 1 ? "" : "s"));
        if (!fill && shown.lines() < look.lines()) {
            text.append(String.format(" (%d asked: no room for more at this size)", look.lines()));
        }
        if (look.mode() == org.plaincaptions.settings.CaptionMode.BOTH) {
            text.append(String.format(", and %d of what was said beneath", shown.linesBeneath()));
        }
        return text.append('.').toString();
    }

    double suggested() {
        return Math.round(ReadingDistance.textSizeForRow(row.getValue(), pictureHeight.getValue()) * 10) / 10.0;
    }

    private static LookItem<Double> margin(ObjectProperty<CaptionLook> look, String name,
                                           Function<Margins, Double> get, BiFunction<Margins, Double, Margins> with) {
        return new LookItem<>(look, "Safe area", name, "Space kept clear at this edge, in percent", Double.class,
                l -> get.apply(l.margins()), (l, v) -> l.withMargins(with.apply(l.margins(), v)));
    }

    /** One field of the look as a property sheet row; a value out of range is brought into range. */
    static final class LookItem<T> implements PropertySheet.Item {
        private final ObjectProperty<CaptionLook> look;
        private final String category;
        private final String name;
        private final String description;
        private final Class<T> type;
        private final Function<CaptionLook, T> get;
        private final BiFunction<CaptionLook, T, CaptionLook> with;
        private final ObjectProperty<Object> value = new SimpleObjectProperty<>();

        LookItem(ObjectProperty<CaptionLook> look, String category, String name, String description, Class<T> type,
                 Function<CaptionLook, T> get, BiFunction<CaptionLook, T, CaptionLook> with) {
            this.look = look;
            this.category = category;
            this.name = name;
            this.description = description;
            this.type = type;
            this.get = get;
            this.with = with;
            value.set(get.apply(look.get()));
            look.addListener((o, a, b) -> value.set(get.apply(b)));
        }

        @Override
        public Class<?> getType() {
            return type;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Object getValue() {
            return get.apply(look.get());
        }

        @Override
        public void setValue(Object newValue) {
            if (newValue == null || !type.isInstance(convert(newValue))) {
                return;
            }
            T typed = type.cast(convert(newValue));
            CaptionLook changed = with.apply(look.get(), typed).sanitized();
            if (!changed.equals(look.get())) {
                look.set(changed);
            }
            if (!java.util.Objects.equals(get.apply(look.get()), typed)) {
                // "Lines shown 99" must not stay in the field while 6 is used: once the editor has let go of
                // the value typed, tell it the value in use (it reads it back through getValue).
                javafx.application.Platform.runLater(() -> {
                    value.set(null);
                    value.set(get.apply(look.get()));
                });
            }
        }

        private Object convert(Object newValue) {
            if (newValue instanceof Number n && type == Integer.class) {
                return n.intValue();
            }
            if (newValue instanceof Number n && type == Double.class) {
                return n.doubleValue();
            }
            return newValue;
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }
    }
}

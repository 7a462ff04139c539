package org.plaincaptions.ui.control;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.ToggleSwitch;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.settings.CaptionMode;
import org.plaincaptions.settings.Theme;
import org.plaincaptions.ui.display.CaptionScreenModel;

/**
 * The caption screen's controls in the control room: which display, full screen, theme and mode, and
 * the one-key controls Blank (B), Freeze (F) and Clear (C), each showing its state.
 */
final class ScreenControls extends GridPane {
    final ComboBox<ControlRoomModel.ScreenChoice> screen = new ComboBox<>();
    final ToggleSwitch fullScreen = new ToggleSwitch("Full screen");
    final ComboBox<Theme> theme = new ComboBox<>();
    final ComboBox<CaptionMode> mode = new ComboBox<>();
    final ToggleSwitch markChanges = new ToggleSwitch("Mark changed words");
    final ToggleSwitch blank = new ToggleSwitch("Blank (B)");
    final ToggleSwitch freeze = new ToggleSwitch("Freeze (F)");
    final Button clear = new Button("Clear (C)");

    ScreenControls(ControlRoomModel m, CaptionScreenModel screenModel) {
        screen.setId("screen");
        screen.setAccessibleText("Display for captions");
        screen.setItems(m.screens);
        screen.valueProperty().bindBidirectional(m.screen);
        screen.setMaxWidth(Double.MAX_VALUE);
        fullScreen.setId("full-screen");
        fullScreen.setAccessibleText("Caption screen full screen");
        fullScreen.selectedProperty().bindBidirectional(m.fullScreen);

        theme.setId("theme");
        theme.setAccessibleText("Caption theme");
        theme.getItems().setAll(Theme.values());
        theme.setMaxWidth(Double.MAX_VALUE);
        sync(theme.valueProperty(), screenModel.lookProperty(), CaptionLook::theme, CaptionLook::withTheme);
        mode.setId("mode");
        mode.setAccessibleText("Caption mode: plain, verbatim or both");
        mode.getItems().setAll(CaptionMode.values());
        mode.setMaxWidth(Double.MAX_VALUE);
        sync(mode.valueProperty(), screenModel.lookProperty(), CaptionLook::mode, CaptionLook::withMode);
        markChanges.setId("mark-changes");
        markChanges.setAccessibleText("Mark words the plain captions changed");
        markChanges.setSelected(screenModel.look().markChanges());
        markChanges.selectedProperty().addListener((o, a, b) ->
                screenModel.lookProperty().set(screenModel.look().withMarkChanges(b)));
        screenModel.lookProperty().addListener((o, a, b) -> markChanges.setSelected(b.markChanges()));

        blank.setId("blank");
        blank.setAccessibleText("Blank the caption screen, shortcut B");
        blank.selectedProperty().bindBidirectional(screenModel.blankProperty());
        blank.getStyleClass().add("screen-state");
        freeze.setId("freeze");
        freeze.setAccessibleText("Freeze the caption screen, shortcut F");
        freeze.selectedProperty().bindBidirectional(screenModel.frozenProperty());
        freeze.getStyleClass().add("screen-state");
        clear.setId("clear");
        clear.setTooltip(new Tooltip("Empty the caption screen; the next words start afresh (C)"));
        clear.setAccessibleHelp("Clears the caption screen. Shortcut C.");
        clear.setOnAction(e -> screenModel.clear());

        addRow(0, label("Captions o_n:", screen), screen, fullScreen);
        addRow(1, label("_Theme:", theme), theme, markChanges);
        addRow(2, label("Capt_ion mode:", mode), mode);
        HBox keys = new HBox(16, blank, freeze, clear);
        add(keys, 0, 3, 3, 1);
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(6, 0, 6, 0));
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** Keeps a picker and one field of the look in step, both ways. */
    private static <T> void sync(ObjectProperty<T> picker, ObjectProperty<CaptionLook> look,
                                 Function<CaptionLook, T> get, BiFunction<CaptionLook, T, CaptionLook> with) {
        picker.set(get.apply(look.get()));
        picker.addListener((o, a, b) -> {
            if (b != null && b != get.apply(look.get())) {
                look.set(with.apply(look.get(), b));
            }
        });
        look.addListener((o, a, b) -> picker.set(get.apply(b)));
    }
}

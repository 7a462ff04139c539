package org.plaincaptions.ui.control;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.settings.CaptionMode;
import org.plaincaptions.settings.Theme;
import org.plaincaptions.ui.display.CaptionScreenModel;

/**
 * The caption screen's controls in the control room: which display, full screen, theme and mode, and
 * the one-key controls Blank (B), Freeze (F) and Clear (C), each showing its state.
 */
final class ScreenControls extends VBox {
    final ComboBox<ControlRoomModel.ScreenChoice> screen = new ComboBox<>();
    final ToggleSwitch fullScreen = new ToggleSwitch("Full screen");
    final ComboBox<Theme> theme = new ComboBox<>();
    final ComboBox<CaptionMode> mode = new ComboBox<>();
    final ToggleSwitch markChanges = new ToggleSwitch("Mark changed words");
    final ToggleSwitch blank = new ToggleSwitch("Blank (B)");
    final ToggleSwitch freeze = new ToggleSwitch("Freeze (F)");
    final Button clear = new Button("Clear (C)");
    final Label closedNotice = new Label("The caption screen is closed: the room sees no captions.");
    final Button showAgain = new Button("Show it again");

    ScreenControls(ControlRoomModel m, CaptionScreenModel screenModel, ControlRoomActions actions) {
        screen.setId("screen");
        screen.setAccessibleText("Display for captions");
        screen.setItems(m.screens);
        screen.valueProperty().bindBidirectional(m.screen);
        fullScreen.setId("full-screen");
        fullScreen.setAccessibleText("Caption screen full screen");
        fullScreen.selectedProperty().bindBidirectional(m.fullScreen);

        theme.setId("theme");
        theme.setAccessibleText("Caption theme");
        theme.getItems().setAll(Theme.values());
        sync(theme.valueProperty(), screenModel.lookProperty(), CaptionLook::theme, CaptionLook::withTheme);
        mode.setId("mode");
        mode.setAccessibleText("Caption mode: plain, verbatim or both");
        mode.getItems().setAll(CaptionMode.values());
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

        closedNotice.setId("caption-screen-closed");
        closedNotice.getStyleClass().add("warning");
        showAgain.setId("show-caption-screen");
        showAgain.setAccessibleHelp("Opens the caption screen again on its display.");
        showAgain.setOnAction(e -> actions.showCaptionScreen());
        Fit.keepWhole(showAgain, fullScreen, markChanges, blank, freeze, clear);
        Fit.wrapping(closedNotice);
        HBox closed = new HBox(8, closedNotice, showAgain);
        closed.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(closedNotice, Priority.ALWAYS);
        closed.visibleProperty().bind(m.captionScreenShown.not());
        closed.managedProperty().bind(closed.visibleProperty());

        // Label | drop-down rows, then the switches, which wrap onto another line when the column is narrow.
        GridPane pickers = new GridPane();
        pickers.addRow(0, label("Captions o_n:", screen), screen);
        pickers.addRow(1, label("_Theme:", theme), theme);
        pickers.addRow(2, label("Capt_ion mode:", mode), mode);
        for (ComboBox<?> combo : List.of(screen, theme, mode)) {
            Fit.dropDown(combo, 120);
            GridPane.setHgrow(combo, Priority.ALWAYS);
        }
        pickers.setHgap(8);
        pickers.setVgap(6);
        FlowPane switches = new FlowPane(16, 6, fullScreen, markChanges);
        FlowPane keys = new FlowPane(16, 6, blank, freeze, clear);
        getChildren().addAll(closed, pickers, switches, keys);
        setSpacing(6);
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

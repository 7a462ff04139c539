package org.plaincaptions.ui.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.ui.display.ScreenInfo;
import org.plaincaptions.ui.display.Styles;

/**
 * The facilitator's window: Start/Stop, the microphone and its level, the model in use, the raw
 * transcript beside the plain captions, and which screen shows captions.
 */
public final class ControlRoom {
    /** dBFS shown as an empty meter; speech usually sits between -40 and -10. */
    private static final double METER_FLOOR_DBFS = -60;

    private final Stage stage;
    private final ControlRoomActions actions;
    private final Button start = new Button("_Start");
    private final Button stop = new Button("S_top");
    private final ComboBox<SourceChoice> source = new ComboBox<>();
    private final Button openRecording = new Button("Recording…");
    private final ProgressBar level = new ProgressBar(0);
    private final Label model = new Label("Model: loading…");
    private final Button chooseModel = new Button("Model…");
    private final Label status = new Label("Loading the speech model…");
    private final ComboBox<ScreenChoice> screen = new ComboBox<>();
    private final TranscriptView raw = new TranscriptView("raw");
    private final TranscriptView plain = new TranscriptView("plain");
    private boolean ready;
    private boolean running;

    /** An entry of the screen picker: a screen, or "automatic". */
    public record ScreenChoice(Optional<ScreenInfo> screen) {
        @Override
        public String toString() {
            return screen.map(ScreenInfo::label).orElse("Automatic (another screen if there is one)");
        }
    }

    public ControlRoom(Stage stage, ControlRoomActions actions) {
        this.stage = stage;
        this.actions = actions;
        Scene scene = new Scene(layout(), 1000, 640);
        scene.getStylesheets().add(Styles.url("control-room.css"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::onStart);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), this::onStop);
        stage.setScene(scene);
        stage.setTitle("Plain Captions: control room");
        updateButtons();
    }

    private BorderPane layout() {
        start.setId("start");
        stop.setId("stop");
        start.setDefaultButton(true);
        start.setTooltip(new Tooltip("Start captions (F5)"));
        stop.setTooltip(new Tooltip("Stop captions (Shift+F5)"));
        start.setOnAction(e -> onStart());
        stop.setOnAction(e -> onStop());
        source.setId("source");
        source.setAccessibleText("Microphone");
        source.setPrefWidth(280);
        openRecording.setId("open-recording");
        openRecording.setTooltip(new Tooltip("Caption a recording at live pace, to rehearse"));
        openRecording.setOnAction(e -> chooseRecording());
        level.setId("level");
        level.getStyleClass().add("level-meter");
        level.setAccessibleText("Microphone level");
        screen.setId("screen");
        screen.setAccessibleText("Screen for captions");
        screen.setOnAction(e -> {
            if (screen.getValue() != null) {
                actions.showCaptionsOn(screen.getValue().screen().map(ScreenInfo::index));
            }
        });
        model.setId("model");
        chooseModel.setId("choose-model");
        chooseModel.setTooltip(new Tooltip("Use another Vosk speech model folder"));
        chooseModel.setOnAction(e -> chooseModelFolder());
        status.setId("status");
        status.getStyleClass().add("status");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, start, stop, new Separator(Orientation.VERTICAL),
                new Label("Listen to:"), source, openRecording, level, spacer, new Label("Captions on:"), screen);
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox info = new HBox(16, model, chooseModel, status);
        info.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, controls, info);
        top.setPadding(new Insets(8));

        SplitPane transcripts = new SplitPane(
                raw.titled("What was said"), plain.titled("Plain captions (what the room sees)"));
        BorderPane root = new BorderPane(transcripts);
        root.setTop(top);
        root.getStyleClass().add("control-room");
        return root;
    }

    public Stage stage() {
        return stage;
    }

    public void setSources(List<SourceChoice> choices, SourceChoice selected) {
        source.getItems().setAll(choices);
        source.getSelectionModel().select(selected);
    }

    public void setScreens(List<ScreenInfo> screens, Optional<Integer> chosen) {
        ObservableList<ScreenChoice> items = FXCollections.observableArrayList();
        items.add(new ScreenChoice(Optional.empty()));
        screens.forEach(s -> items.add(new ScreenChoice(Optional.of(s))));
        screen.setItems(items);
        screen.getSelectionModel().select(items.stream()
                .filter(c -> c.screen().map(ScreenInfo::index).equals(chosen)).findFirst().orElse(items.get(0)));
    }

    /** The model is loaded (or failed to load: then {@code problem} says why, and Start stays off). */
    public void modelReady(String modelName, Optional<String> problem) {
        model.setText("Model: " + modelName);
        ready = problem.isEmpty();
        problem.ifPresentOrElse(p -> showProblem(p), () -> showStatus("Ready. Press Start (F5) to caption."));
        updateButtons();
    }

    public void setRunning(boolean running) {
        this.running = running;
        updateButtons();
    }

    public boolean isRunning() {
        return running;
    }

    public void showStatus(String text) {
        status.setText(text);
        status.getStyleClass().remove("problem");
    }

    public void showProblem(String text) {
        status.setText(text);
        if (!status.getStyleClass().contains("problem")) {
            status.getStyleClass().add("problem");
        }
    }

    public boolean statusIsProblem() {
        return status.getStyleClass().contains("problem");
    }

    public String statusText() {
        return status.getText();
    }

    public void showLevel(double dbfs) {
        level.setProgress(Math.max(0, Math.min(1, (dbfs - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS)));
    }

    public void showCaption(Caption caption) {
        raw.show(caption, caption.raw());
        plain.show(caption, caption.plain());
    }

    public void clearTranscripts() {
        raw.clear();
        plain.clear();
    }

    public ListView<String> rawTranscript() {
        return raw.list();
    }

    public ListView<String> plainTranscript() {
        return plain.list();
    }

    /** Does what the Start button does, for a start from the command line. */
    public void pressStart() {
        onStart();
    }

    private void onStart() {
        if (ready && !running && source.getValue() != null) {
            actions.start(source.getValue());
        }
    }

    private void onStop() {
        if (running) {
            actions.stop();
        }
    }

    private void chooseRecording() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Caption a recording");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Audio (WAV, AIFF, AU)",
                "*.wav", "*.WAV", "*.aif", "*.aiff", "*.au"));
        var file = chooser.showOpenDialog(stage);
        if (file != null) {
            addRecording(file.toPath());
        }
    }

    private void chooseModelFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Choose a Vosk speech model folder");
        var folder = chooser.showDialog(stage);
        if (folder != null) {
            modelLoading();
            actions.useModel(folder.toPath());
        }
    }

    /** A model is being loaded: Start waits for it. */
    public void modelLoading() {
        ready = false;
        model.setText("Model: loading…");
        showStatus("Loading the speech model…");
        updateButtons();
    }

    /** Adds a recording to the sources and selects it. */
    public void addRecording(Path file) {
        SourceChoice choice = SourceChoice.recording(file);
        source.getItems().add(choice);
        source.getSelectionModel().select(choice);
    }

    private void updateButtons() {
        start.setDisable(!ready || running);
        stop.setDisable(!running);
        source.setDisable(running);
        openRecording.setDisable(running);
        chooseModel.setDisable(running);
    }
}

package org.plaincaptions.ui.control;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The top of the control room: Start, Stop, Pause; what to listen to with its live level and a warning
 * when nothing is heard; the speech model in use; progress of a model load or a transcription; status.
 */
final class RunBar extends VBox {
    final Button start = new Button("_Start");
    final Button stop = new Button("St_op");
    final ToggleButton pause = new ToggleButton("_Pause");
    final ComboBox<SourceChoice> source = new ComboBox<>();
    final Button openRecording = new Button("_Recording…");
    final ProgressBar level = new ProgressBar(0);
    final Label soundWarning = new Label();
    final Label model = new Label();
    final Button chooseModel = new Button("_Model…");
    final Button pastSessions = new Button("Past sessions… (F9)");
    final ProgressBar progress = new ProgressBar();
    final Label progressText = new Label();
    final Label status = new Label();

    RunBar(ControlRoomModel m, ControlRoomActions actions, Window owner) {
        start.setId("start");
        stop.setId("stop");
        pause.setId("pause");
        // Not a default button: Enter typed in a field (a caption size, a glossary word) must never start
        // a new session and clear both transcripts. F5 starts.
        start.setTooltip(new Tooltip("Start captions (F5)"));
        stop.setTooltip(new Tooltip("Stop captions (Shift+F5)"));
        pause.setTooltip(new Tooltip("Pause listening; nothing said meanwhile is captioned (F6)"));
        start.setAccessibleHelp("Starts listening and captioning. Shortcut F5.");
        stop.setAccessibleHelp("Stops captioning. Shortcut Shift F5.");
        pause.setAccessibleHelp("Pauses or resumes listening. Shortcut F6.");
        start.setOnAction(e -> onStart(m, actions));
        stop.setOnAction(e -> onStop(m, actions));
        pause.selectedProperty().bindBidirectional(m.paused);
        pause.textProperty().bind(Bindings.when(m.paused).then("Res_ume").otherwise("_Pause"));
        pause.setOnAction(e -> actions.pause(pause.isSelected()));

        source.setId("source");
        source.setAccessibleText("Microphone or recording to listen to");
        source.setItems(m.sources);
        source.valueProperty().bindBidirectional(m.source);
        Label listenTo = new Label("_Listen to:");
        listenTo.setMnemonicParsing(true);
        listenTo.setLabelFor(source);
        openRecording.setId("open-recording");
        openRecording.setTooltip(new Tooltip("Caption a recording at live pace (to rehearse) or transcribe it at full speed"));
        openRecording.setOnAction(e -> chooseRecording(m, owner));
        pastSessions.setId("past-sessions");
        pastSessions.setTooltip(new Tooltip("Export or delete the sessions saved on this computer (F9)"));
        pastSessions.setAccessibleHelp("Opens the list of past sessions. Shortcut F9.");
        pastSessions.setOnAction(e -> actions.openSessions());
        level.setId("level");
        level.getStyleClass().add("level-meter");
        level.setAccessibleText("Microphone level");
        level.progressProperty().bind(m.level);
        soundWarning.setId("sound-warning");
        soundWarning.getStyleClass().add("warning");
        soundWarning.textProperty().bind(m.soundWarning);

        model.setId("model");
        model.textProperty().bind(Bindings.concat("Model: ", m.modelName));
        chooseModel.setId("choose-model");
        chooseModel.setTooltip(new Tooltip("Use another Vosk speech model folder"));
        chooseModel.setOnAction(e -> chooseModelFolder(m, actions, owner));
        progress.setId("progress");
        progress.setAccessibleText("Progress");
        progress.setPrefWidth(160);
        // A model load has no known end (indeterminate); a transcription knows how far it is.
        progress.progressProperty().bind(Bindings.when(m.modelProgress.isEqualTo(ControlRoomModel.WORKING, 0))
                .then(ProgressBar.INDETERMINATE_PROGRESS).otherwise(m.fileProgress));
        progress.visibleProperty().bind(m.modelProgress.isEqualTo(ControlRoomModel.WORKING, 0)
                .or(m.fileProgress.greaterThan(0)));
        progressText.setId("progress-text");
        progressText.textProperty().bind(m.fileProgressText);
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(m.status);
        m.problem.addListener((o, a, b) -> {
            status.getStyleClass().remove("problem");
            if (b) {
                status.getStyleClass().add("problem");
            }
        });

        start.disableProperty().bind(m.ready.not().or(m.running));
        stop.disableProperty().bind(m.running.not());
        pause.disableProperty().bind(m.running.not());
        source.disableProperty().bind(m.running);
        openRecording.disableProperty().bind(m.running);
        chooseModel.disableProperty().bind(m.running);

        // Four rows, so that nothing is squeezed at 1024 px: the run's controls; a microphone warning,
        // wrapped; the model, progress and past sessions; the status, wrapped (decision 0035).
        Fit.keepWhole(start, stop, pause, listenTo, openRecording, model, chooseModel, pastSessions, progressText);
        Fit.dropDown(source, 160);
        source.setPrefWidth(320);
        source.setMaxWidth(560);
        HBox.setHgrow(source, Priority.SOMETIMES);
        level.setMinWidth(60);
        level.setPrefWidth(140);
        Fit.wrapping(soundWarning);
        soundWarning.managedProperty().bind(soundWarning.textProperty().isNotEmpty());
        soundWarning.visibleProperty().bind(soundWarning.managedProperty());
        Fit.wrapping(status);
        HBox controls = new HBox(8, start, stop, pause, new Separator(Orientation.VERTICAL), listenTo, source,
                openRecording, level);
        controls.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox info = new HBox(12, model, chooseModel, progress, progressText, spacer, pastSessions);
        info.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, soundWarning, info, status);
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("run-bar");
    }

    static void onStart(ControlRoomModel m, ControlRoomActions actions) {
        if (m.isReady() && !m.isRunning() && m.source.get() != null) {
            actions.start(m.source.get());
        }
    }

    static void onStop(ControlRoomModel m, ControlRoomActions actions) {
        if (m.isRunning()) {
            actions.stop();
        }
    }

    static void onPause(ControlRoomModel m, ControlRoomActions actions) {
        if (m.isRunning()) {
            m.paused.set(!m.isPaused());
            actions.pause(m.isPaused());
        }
    }

    private static void chooseRecording(ControlRoomModel m, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Caption a recording");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Audio (WAV, AIFF, AU)",
                "*.wav", "*.WAV", "*.aif", "*.aiff", "*.au"));
        var file = chooser.showOpenDialog(owner);
        if (file != null) {
            addRecording(m, file.toPath());
        }
    }

    /** Adds a recording both ways (rehearse at live pace, transcribe at full speed) and selects the first. */
    static void addRecording(ControlRoomModel m, java.nio.file.Path file) {
        SourceChoice live = SourceChoice.recording(file);
        if (!m.sources.contains(live)) {
            m.sources.addAll(live, SourceChoice.transcription(file));
        }
        m.source.set(live);
    }

    private static void chooseModelFolder(ControlRoomModel m, ControlRoomActions actions, Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a Vosk speech model folder");
        var folder = chooser.showDialog(owner);
        if (folder != null) {
            m.modelLoading();
            actions.useModel(folder.toPath());
        }
    }
}

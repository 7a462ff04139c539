package org.plaincaptions.ui.control;

import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.plaincaptions.ui.display.CaptionView;
import org.plaincaptions.ui.display.ScreenKeys;
import org.plaincaptions.ui.display.Styles;

/**
 * The facilitator's window, made of small views that bind to one {@link ControlRoomModel}: the run
 * bar at the top; the transcripts with "Add plain words"; on the right the live preview of the
 * caption screen, its controls, and tabs for the speaker (rate, readability), jargon, and the
 * caption look. F1 lists every shortcut.
 */
public final class ControlRoom {
    private final Stage stage;
    private final ControlRoomModel model;
    private final CaptionScreenModel screenModel;
    private final ControlRoomActions actions;
    private final RunBar runBar;
    private final TranscriptPane transcripts;
    private final PreviewPane preview;
    private final ScreenControls screenControls;
    private final TabPane tabs = new TabPane();
    private final Tab speakerTab;
    private final Tab jargonTab;
    private final Tab lookTab;
    private final JargonList jargon;
    private final HelpOverlay help = new HelpOverlay();
    private final ResumeBar resumeBar;

    public ControlRoom(Stage stage, ControlRoomModel model, CaptionScreenModel screenModel, ControlRoomActions actions) {
        this.stage = stage;
        this.model = model;
        this.screenModel = screenModel;
        this.actions = actions;
        runBar = new RunBar(model, actions, stage);
        resumeBar = new ResumeBar(model.runningProperty());
        transcripts = new TranscriptPane(actions, model);
        preview = new PreviewPane(screenModel);
        screenControls = new ScreenControls(model, screenModel);
        jargon = new JargonList(model, transcripts::openAddBar);
        speakerTab = tab("Speaker", new SpeakerPanel(model));
        jargonTab = tab("Jargon", jargon);
        lookTab = tab("Caption look", new CaptionLookSheet(screenModel.lookProperty()));
        tabs.getTabs().setAll(speakerTab, jargonTab, lookTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        tabs.setAccessibleText("Speaker, jargon and caption look");

        Label previewHeading = new Label("What the room sees");
        previewHeading.getStyleClass().add("transcript-heading");
        VBox right = new VBox(4, previewHeading, preview, screenControls, tabs);
        right.setPadding(new Insets(0, 8, 8, 8));
        right.setMinWidth(360);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        SplitPane center = new SplitPane(transcripts, right);
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.6);
        BorderPane layout = new BorderPane(center);
        layout.setTop(new VBox(runBar, resumeBar));
        layout.getStyleClass().add("control-room");
        StackPane root = new StackPane(layout, help);

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Styles.url("control-room.css"));
        installShortcuts(scene, actions);
        stage.setScene(scene);
        stage.setTitle("Plain Captions: control room");
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-tab");
        return tab;
    }

    private void installShortcuts(Scene scene, ControlRoomActions actions) {
        Map<Shortcut, Runnable> does = Map.ofEntries(
                Map.entry(Shortcut.START, () -> RunBar.onStart(model, actions)),
                Map.entry(Shortcut.STOP, () -> RunBar.onStop(model, actions)),
                Map.entry(Shortcut.PAUSE, () -> RunBar.onPause(model, actions)),
                Map.entry(Shortcut.FULL_SCREEN, () -> model.fullScreen.set(!model.fullScreen.get())),
                Map.entry(Shortcut.ADD_PLAIN_WORDS, transcripts::openAddBar),
                Map.entry(Shortcut.GLOSSARY, actions::editGlossary),
                Map.entry(Shortcut.SESSIONS, actions::openSessions),
                Map.entry(Shortcut.JARGON, () -> show(jargonTab, jargon.list)),
                Map.entry(Shortcut.LOOK, () -> show(lookTab, null)),
                Map.entry(Shortcut.SPEAKER, () -> show(speakerTab, null)),
                Map.entry(Shortcut.HELP, help::toggle));
        does.forEach((shortcut, action) -> scene.getAccelerators().put(shortcut.keys(), action));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && help.isOpen()) {
                help.hide();
                e.consume();
            }
        });
        ScreenKeys.install(scene, screenModel);
    }

    private void show(Tab tab, javafx.scene.Node focus) {
        tabs.getSelectionModel().select(tab);
        (focus != null ? focus : tabs).requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public ControlRoomModel model() {
        return model;
    }

    /** The preview's view, to follow the caption window's size. */
    public CaptionView preview() {
        return preview.view();
    }

    /** Makes the preview keep the proportions of the caption screen's window. */
    public void previewFollows(Stage captionStage) {
        preview.follow(captionStage.widthProperty(), captionStage.heightProperty());
    }

    public void showCaption(Caption caption) {
        transcripts.show(caption);
    }

    /** Marks a stretch with no captions in both transcripts. */
    public void showGap(org.plaincaptions.captions.CaptionGap gap) {
        transcripts.showGap(gap);
    }

    public void clearTranscripts() {
        transcripts.clear();
    }

    /** Adds a recording to the sources (live pace and full speed) and selects it. */
    public void addRecording(Path file) {
        RunBar.addRecording(model, file);
    }

    /** Does what the Start button does, for a start from the command line. */
    public void pressStart() {
        RunBar.onStart(model, actions);
    }

    /** Opens "Add plain words" for a term. */
    public void addPlainWordsFor(String term) {
        transcripts.openAddBar(term);
    }

    /**
     * Asks what to do with a session cut off by a crash: {@code resumeIt} carries it on, {@code keepIt}
     * keeps it as it is (the next captions start a new session). The answer is one click or Alt+R / Alt+N.
     */
    public void offerResume(String question, Runnable resumeIt, Runnable keepIt) {
        resumeBar.offer(question, resumeIt, keepIt);
    }

    /** Whether the question about an interrupted session is still open. */
    public boolean resumeOffered() {
        return resumeBar.isOpen();
    }

    /** Adds a tab beside Speaker, Jargon and Caption look (sharing to phones puts its panel here). */
    public void addTab(String title, javafx.scene.Node content) {
        tabs.getTabs().add(tab(title, content));
    }

    /** Does {@code action} on a shortcut the control room itself does not handle. */
    public void onShortcut(Shortcut shortcut, Runnable action) {
        stage.getScene().getAccelerators().put(shortcut.keys(), action);
    }

    public boolean helpShown() {
        return help.isOpen();
    }
}

package org.plaincaptions.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.plaincaptions.audio.AudioDevices;
import org.plaincaptions.pipeline.LiveCaptioning;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.settings.GlossaryFile;
import org.plaincaptions.settings.SettingsStore;
import org.plaincaptions.session.SessionFileException;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.speech.ModelLocator;
import org.plaincaptions.speech.SpeechModel;
import org.plaincaptions.suggest.Suggestion;
import org.plaincaptions.suggest.SuggestionService;
import org.plaincaptions.ui.FxEvents;
import org.plaincaptions.ui.FxPipelineBridge;
import org.plaincaptions.ui.control.ControlRoom;
import org.plaincaptions.ui.control.ControlRoomActions;
import org.plaincaptions.ui.control.ControlRoomModel;
import org.plaincaptions.ui.control.GlossaryEditor;
import org.plaincaptions.ui.control.SessionsWindow;
import org.plaincaptions.ui.control.EdgeModel;
import org.plaincaptions.ui.control.EdgePanel;
import org.plaincaptions.ui.control.ShareModel;
import org.plaincaptions.ui.control.SharePanel;
import org.plaincaptions.ui.control.Shortcut;
import org.plaincaptions.ui.display.JoinCorner;
import org.plaincaptions.ui.control.SourceChoice;
import org.plaincaptions.ui.display.CaptionScreen;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.plaincaptions.ui.display.RoomStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the desktop app (the controller of both windows): the control room's actions drive
 * {@link Captioning}; each run's events fan out on the FX thread to the caption screen, the
 * transcripts, the live figures and anything added with {@link #addFxListener}. Model loading and
 * every file write run off the FX thread (docs/decisions/0001-threading.md).
 */
public final class Desktop implements ControlRoomActions {
    private static final Logger LOGGER = LoggerFactory.getLogger(Desktop.class);

    private final DesktopOptions options;
    private final ExecutorService loader = daemon("model-loader");
    private final ExecutorService io = daemon("desktop-io");
    private final SettingsKeeper settings;
    private final CaptionScreenModel screenModel;
    private final ControlRoomModel roomModel = new ControlRoomModel();
    private final ControlRoom controlRoom;
    private final CaptionScreen captionScreen;
    private final MeetingGlossary glossary;
    private final FxEvents fxEvents = new FxEvents();
    private final Captioning captioning = new Captioning(fxEvents, loader);
    private final LiveFigures figures;
    private final ScreenPlacement placement;
    private final MicrophoneCheck microphoneCheck;
    private final SessionStore sessions;
    private final PastSessions pastSessions;
    private final SuggestionService suggestions;
    private final ShareModel shareModel = new ShareModel();
    private final EdgeModel edgeModel = new EdgeModel();
    private EdgePublishing edge;
    private final PhoneSharing phones;
    private GlossaryEditor glossaryEditor;
    private final InterruptedSessions interrupted;

    public Desktop(Stage controlStage, DesktopOptions options) {
        this(controlStage, options, AppFolders.forThisUser(), SessionStore.forThisUser());
    }

    /** An app whose settings, glossary and sessions all live in {@code folders} (tests, benchmarks). */
    public Desktop(Stage controlStage, DesktopOptions options, AppFolders folders) {
        this(controlStage, options, folders, new SessionStore(folders.data().resolve("sessions")));
    }

    /** @param sessions where sessions are kept (tests give their own folder and clock) */
    public Desktop(Stage controlStage, DesktopOptions options, AppFolders folders, SessionStore sessions) {
        this.options = options;
        this.sessions = sessions;
        this.settings = new SettingsKeeper(SettingsStore.in(folders), io);
        this.pastSessions = new PastSessions(sessions, settings, io);
        this.interrupted = new InterruptedSessions(sessions, io, roomModel);
        this.screenModel = new CaptionScreenModel(settings.current().look());
        this.glossary = new MeetingGlossary(GlossaryFile.in(folders), io);
        this.controlRoom = new ControlRoom(controlStage, roomModel, screenModel, this);
        interrupted.askIn(controlRoom);
        this.captionScreen = new CaptionScreen(new Stage(), screenModel);
        this.figures = new LiveFigures(roomModel, screenModel, glossary::covers);
        this.suggestions = PlainWordSuggestions.service(glossary::rewrites);
        this.placement = new ScreenPlacement(captionScreen, controlStage, roomModel, settings);
        this.microphoneCheck = new MicrophoneCheck(Captioning::sourceFor,
                chunk -> Platform.runLater(() -> figures.heardWhileIdle(chunk)),
                problem -> Platform.runLater(() -> figures.microphoneProblem(problem)));
        roomModel.sourceProperty().addListener((o, a, b) -> {
            checkMicrophone();
            // What went wrong with the last source (no microphone, not a recording) is not this one's problem.
            if (!roomModel.isRunning() && roomModel.isReady() && roomModel.isProblem()) {
                roomModel.showStatus("Ready. Press Start (F5) to caption.");
            }
        });
        this.phones = sharingToPhones();
        fxEvents.add(new RunView(screenModel, controlRoom, roomModel, () -> {
            checkMicrophone();
            pastSessions.refreshIfOpen(); // the run's session now shows as finished
        })).add(figures);
        rememberChanges();
    }

    /** "Share to phones": its tab in the control room, its corner on the caption screen, F8 for the corner. */
    private PhoneSharing sharingToPhones() {
        PhoneSharing sharing = new PhoneSharing(shareModel, io,
                () -> Optional.ofNullable(captioning.live()).flatMap(LiveCaptioning::currentSession));
        captioning.addPipelineListener(sharing);
        edge = new EdgePublishing(edgeModel, io,
                () -> Optional.ofNullable(captioning.live()).flatMap(LiveCaptioning::currentSession));
        captioning.addPipelineListener(edge);
        // Beyond one laptop (issue 14): the edge's field below the laptop's own sharing.
        controlRoom.addTab("Phones", new javafx.scene.layout.VBox(new SharePanel(shareModel, sharing),
                new EdgePanel(edgeModel, edge)));
        Runnable corner = () -> shareModel.cornerShown.set(!shareModel.cornerShown.get() && !shareModel.address.get().isEmpty());
        captionScreen.addCorner(new JoinCorner(shareModel.address, shareModel.cornerShown), Shortcut.JOIN_CORNER_KEY, corner);
        controlRoom.onShortcut(Shortcut.JOIN_CORNER, corner);
        return sharing;
    }

    private void rememberChanges() {
        roomModel.slowDownAtProperty().set(settings.current().slowDownAt());
        roomModel.slowDownOnScreenProperty().set(settings.current().slowDownOnScreen());
        roomModel.pauseCutsProperty().set(settings.current().pauseCuts());
        roomModel.pauseCutsProperty().addListener((o, a, b) -> settings.change(s -> s.withPauseCuts(b)));
        screenModel.lookProperty().addListener((o, a, b) -> settings.change(s -> s.withLook(b)));
        roomModel.slowDownAtProperty().addListener((o, a, b) ->
                settings.change(s -> s.withSlowDown(b.intValue(), s.slowDownOnScreen())));
        roomModel.slowDownOnScreenProperty().addListener((o, a, b) ->
                settings.change(s -> s.withSlowDown(s.slowDownAt(), b)));
        roomModel.sourceProperty().addListener((o, a, b) -> {
            if (b != null && b.isMicrophone()) {
                settings.change(s -> s.withMicrophone(b.device().orElse(null)));
            }
        });
    }

    /** Listens to the microphone picked, while captions are not running, so its level shows before Start. */
    private void checkMicrophone() {
        if (!roomModel.isRunning()) {
            figures.checkingAnother();
            microphoneCheck.listen(roomModel.sourceProperty().get());
        }
    }

    public ControlRoom controlRoom() {
        return controlRoom;
    }

    public CaptionScreen captionScreen() {
        return captionScreen;
    }

    /** Adds a listener for every run's events on the FX thread (e.g. a session view). */
    public void addFxListener(FxPipelineBridge.Receiver receiver) {
        fxEvents.add(receiver);
    }

    /** Adds a listener called on the pipeline's own threads (e.g. a session recorder); it must return fast. */
    public void addPipelineListener(PipelineEvents listener) {
        captioning.addPipelineListener(listener);
    }

    /** Opens both windows and starts loading the glossary and the model in the background. */
    public void show() {
        roomModel.sources().setAll(SourceChoice.systemDefault());
        roomModel.sourceProperty().set(roomModel.sources().get(0));
        options.audioFile().ifPresent(controlRoom::addRecording);
        Optional.ofNullable(settings.current().controlRoom()).ifPresent(spot -> {
            controlRoom.stage().setX(spot.x());
            controlRoom.stage().setY(spot.y());
            controlRoom.stage().setWidth(spot.width());
            controlRoom.stage().setHeight(spot.height());
        });
        controlRoom.stage().show();
        options.share().ifPresent(phones::start);
        options.publish().ifPresent(edge::start);
        placement.start();
        roomModel.captionScreenShownProperty().bind(captionScreen.stage().showingProperty());
        controlRoom.previewFollows(captionScreen.stage());
        settings.loadProblem().ifPresent(p -> Notices.warn(controlRoom.stage(), "Settings reset", p));
        settings.loadProblem().ifPresent(roomModel::showProblem);
        pastSessions.cleanUpAtStart(told -> Platform.runLater(() -> Notices.info(controlRoom.stage(), "Old sessions deleted", told)));
        loader.submit(this::listMicrophones);
        Optional<Path> model = options.model().or(() -> Optional.ofNullable(settings.current().model()).map(Path::of));
        loader.submit(() -> loadModel(model));
    }

    private void listMicrophones() {
        List<SourceChoice> found = new ArrayList<>();
        try {
            AudioDevices.system().listing().forEach(name -> found.add(SourceChoice.device(name)));
        } catch (RuntimeException e) {
            LOGGER.warn("Could not list audio inputs: {}", e.toString());
        }
        String remembered = settings.current().microphone();
        Platform.runLater(() -> {
            roomModel.sources().addAll(1, found);
            if (options.audioFile().isEmpty() && remembered != null) {
                found.stream().filter(c -> c.label().equals(remembered)).findFirst()
                        .ifPresent(roomModel.sourceProperty()::set);
            }
        });
    }

    @Override
    public void useModel(Path folder) {
        LiveCaptioning old = captioning.live();
        captioning.use(null);
        loader.submit(() -> {
            if (old != null) {
                old.close();
            }
            loadModel(Optional.of(folder));
        });
    }

    private void loadModel(Optional<Path> chosen) {
        try {
            if (glossary.rewriter() == null) {
                glossary.open(w -> LOGGER.warn("Glossary: {}", w));
            }
            Path folder = ModelLocator.forThisProcess().locate(chosen);
            SpeechModel model = SpeechModel.load(folder);
            captioning.use(new LiveCaptioning(model, glossary.rewriter(), sessions));
            if (chosen.isPresent() && options.model().isEmpty()) {
                Platform.runLater(() -> settings.change(s -> s.withModel(folder.toString())));
            }
            Platform.runLater(() -> {
                roomModel.modelReady(folder.getFileName().toString(), Optional.empty());
                if (options.startAtOnce()) {
                    controlRoom.pressStart();
                }
            });
            interrupted.askOnce(() -> controlRoom.pressStart());
        } catch (Exception e) {
            LOGGER.warn("Model not loaded: {}", e.toString());
            String message = e instanceof RuntimeException ? "The speech model could not be loaded: " + e.getMessage()
                    : forTheApp(e.getMessage());
            Platform.runLater(() -> roomModel.modelReady("not loaded", Optional.of(message)));
        }
    }

    /** The way to a model for someone in the app (not at a terminal): the Model… button first. */
    static String forTheApp(String message) {
        return message == null ? "The speech model could not be loaded." : message.replace(ModelLocator.FETCH_HINT,
                "press Model… and choose a Vosk speech model folder (an installed Plain Captions carries one: "
                        + "reinstalling it puts it back; built from source: run 'mvn package' first)");
    }

    @Override
    public void start(SourceChoice choice) {
        screenModel.clear();
        controlRoom.clearTranscripts();
        roomModel.pausedProperty().set(false);
        if (glossary.rewriter() != null) {
            glossary.rewriter().newSession();
        }
        figures.started(choice.isMicrophone(), choice.file().map(Captioning::lengthOf).orElse(Double.NaN), choice.fast());
        microphoneCheck.stop();
        Optional<String> resume = interrupted.takeResume();
        captioning.cutAtPauses(roomModel.pauseCutsProperty().get());
        if (!captioning.start(choice, microphoneCheck::stopAndWait, resume)) {
            checkMicrophone();
            return;
        }
        roomModel.runningProperty().set(true);
        roomModel.showStatus(Captioning.whatRuns(choice));
        screenModel.statusProperty().set(RoomStatus.LISTENING);
    }

    @Override
    public void stop() {
        captioning.stop();
        roomModel.showStatus("Stopping…");
    }

    @Override
    public void pause(boolean paused) {
        roomModel.pausedProperty().set(paused);
        captioning.pause(paused);
        phones.paused(paused);
        edge.paused(paused);
        roomModel.showStatus(paused ? "Paused: nothing said now is captioned. Press Resume (F6) to go on."
                : "Listening again.");
    }

    @Override
    public void addPlainWords(String term, String plain, Consumer<Optional<String>> done) {
        glossary.add(term, plain, outcome -> {
            if (outcome.isEmpty()) {
                figures.covered(term);
                suggestions.forget();
                Notices.info(controlRoom.stage(), "Added to the meeting glossary", "\"" + term + "\" → \"" + plain
                        + "\": the next captions use it.");
            }
            done.accept(outcome);
        });
    }

    @Override
    public java.util.concurrent.CompletableFuture<List<Suggestion>> suggestPlainWords(String word) {
        return suggestions.suggest(word);
    }

    @Override
    public void editGlossary() {
        if (glossaryEditor == null) {
            glossaryEditor = new GlossaryEditor(controlRoom.stage(), glossary);
        }
        glossaryEditor.open();
    }

    @Override
    public void showCaptionScreen() {
        placement.showAgain();
    }

    @Override
    public void openSessions() {
        pastSessions.open(controlRoom.stage());
    }

    /** The plain-language stage in use (null until loaded), for tests. */
    org.plaincaptions.plain.PlainRewriter rewriter() {
        return glossary.rewriter();
    }

    /** The pause cuts the last run started with (empty before the first Start), for tests. */
    Optional<org.plaincaptions.pipeline.PauseCutter.Settings> pauseCutsOfLastRun() {
        return Optional.ofNullable(captioning.live()).flatMap(LiveCaptioning::pauseCutsOfLastRun);
    }

    /** Where this app's sessions are kept. */
    public SessionStore sessions() {
        return sessions;
    }

    /** The glossary editor, once opened. */
    public Optional<GlossaryEditor> glossaryEditor() {
        return Optional.ofNullable(glossaryEditor);
    }

    /** Sharing to phones as the control room shows it. */
    public ShareModel shareModel() {
        return shareModel;
    }

    /** Publishing to an edge as the control room shows it. */
    public EdgeModel edgeModel() {
        return edgeModel;
    }

    /** The server readers connect to, while sharing. */
    Optional<org.plaincaptions.share.Sharing> sharing() {
        return phones.sharing();
    }

    /** The past sessions window, once opened. */
    public Optional<SessionsWindow> sessionsWindow() {
        return pastSessions.window();
    }

    /** Stops captioning, remembers the windows, frees the model; called when the app closes. */
    public void close() {
        phones.close();
        edge.close();
        microphoneCheck.close();
        placement.remember();
        settings.saveNow();
        LiveCaptioning live = captioning.live();
        if (live != null) {
            live.close();
        }
        glossary.close();
        suggestions.close();
        loader.shutdownNow();
        io.shutdown();
        captionScreen.stage().close();
        if (glossaryEditor != null) {
            glossaryEditor.stage().close();
        }
        pastSessions.close();
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}

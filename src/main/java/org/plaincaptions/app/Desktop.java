package org.plaincaptions.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioDevices;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.MicrophoneSource;
import org.plaincaptions.audio.Pace;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionLayout;
import org.plaincaptions.captions.CaptionModel;
import org.plaincaptions.pipeline.LiveCaptioning;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.plain.GlossaryException;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.PlainStage;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.speech.ModelLocator;
import org.plaincaptions.speech.SpeechModel;
import org.plaincaptions.speech.SpeechModelException;
import org.plaincaptions.ui.FxPipelineBridge;
import org.plaincaptions.ui.control.ControlRoom;
import org.plaincaptions.ui.control.ControlRoomActions;
import org.plaincaptions.ui.control.SourceChoice;
import org.plaincaptions.ui.display.CaptionScreen;
import org.plaincaptions.ui.display.FxScreens;
import org.plaincaptions.ui.display.ScreenChooser;
import org.plaincaptions.ui.display.ScreenInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the desktop app: the control room drives a {@link LiveCaptioning}, whose captions reach the
 * caption model, the caption screen and the transcripts on the FX thread through one bridge.
 */
public final class Desktop implements ControlRoomActions {
    private static final Logger LOGGER = LoggerFactory.getLogger(Desktop.class);
    /** Backlog beyond which the room and the facilitator are told captions are running late. */
    private static final double BEHIND_SECONDS = 2.0;

    private final DesktopOptions options;
    private final ControlRoom controlRoom;
    private final CaptionScreen captionScreen;
    private final CaptionModel captions = new CaptionModel(CaptionLayout.DEFAULT);
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "model-loader");
        t.setDaemon(true);
        return t;
    });
    private volatile LiveCaptioning live;
    private Optional<Integer> chosenScreen = Optional.empty();
    private boolean behind;
    private long currentRun; // FX thread only: events of an older run are ignored

    public Desktop(Stage controlStage, DesktopOptions options) {
        this.options = options;
        this.controlRoom = new ControlRoom(controlStage, this);
        this.captionScreen = new CaptionScreen(new Stage(), CaptionLayout.DEFAULT.maxLines());
    }

    public ControlRoom controlRoom() {
        return controlRoom;
    }

    public CaptionScreen captionScreen() {
        return captionScreen;
    }

    /** Opens both windows and starts loading the model in the background. */
    public void show() {
        List<SourceChoice> sources = new ArrayList<>();
        sources.add(SourceChoice.systemDefault());
        AudioDevices.system().listing().forEach(name -> sources.add(SourceChoice.device(name)));
        SourceChoice selected = sources.get(0);
        if (options.audioFile().isPresent()) {
            selected = SourceChoice.recording(options.audioFile().get());
            sources.add(selected);
        }
        controlRoom.setSources(sources, selected);
        controlRoom.setScreens(FxScreens.connected(), chosenScreen);
        controlRoom.stage().show();
        placeCaptionScreen();
        captionScreen.setStatus("Not started");
        loader.submit(() -> loadModel(options.model()));
    }

    @Override
    public void useModel(Path folder) {
        LiveCaptioning old = live;
        live = null;
        loader.submit(() -> {
            if (old != null) {
                old.close();
            }
            loadModel(Optional.of(folder));
        });
    }

    private void loadModel(Optional<Path> chosen) {
        try {
            Path folder = ModelLocator.forThisProcess().locate(chosen);
            PlainRewriter rewriter = PlainStage.create(List.of(), w -> LOGGER.warn("Glossary: {}", w));
            SpeechModel model = SpeechModel.load(folder);
            live = new LiveCaptioning(model, rewriter, SessionStore.forThisUser());
            Platform.runLater(() -> {
                controlRoom.modelReady(folder.getFileName().toString(), Optional.empty());
                if (options.startAtOnce()) {
                    controlRoom.pressStart();
                }
            });
        } catch (SpeechModelException | GlossaryException e) {
            LOGGER.warn("Model not loaded: {}", e.getMessage());
            Platform.runLater(() -> controlRoom.modelReady("not loaded", Optional.of(e.getMessage())));
        } catch (RuntimeException e) {
            LOGGER.error("Model loading failed", e);
            Platform.runLater(() -> controlRoom.modelReady("not loaded",
                    Optional.of("The speech model could not be loaded: " + e.getMessage())));
        }
    }

    @Override
    public void start(SourceChoice choice) {
        if (live == null) {
            return;
        }
        AudioSource source = choice.file().<AudioSource>map(f -> new FileSource(f, Pace.REAL_TIME))
                .orElseGet(() -> choice.device().map(MicrophoneSource::new).orElseGet(MicrophoneSource::new));
        captions.clear();
        controlRoom.clearTranscripts();
        behind = false;
        long run = ++currentRun;
        live.start(source, new FxPipelineBridge(new RunEvents(run)));
        controlRoom.setRunning(true);
        controlRoom.showStatus("Listening to " + choice.label());
        captionScreen.setStatus("Listening");
        captionScreen.render(captions);
    }

    @Override
    public void stop() {
        if (live != null) {
            live.stop();
        }
        controlRoom.showStatus("Stopping…");
    }

    @Override
    public void showCaptionsOn(Optional<Integer> screenIndex) {
        chosenScreen = screenIndex;
        placeCaptionScreen();
    }

    private void placeCaptionScreen() {
        List<ScreenInfo> screens = FxScreens.connected();
        ScreenInfo controlScreen = FxScreens.of(controlRoom.stage(), screens);
        ScreenChooser.Placement placement = ScreenChooser.choose(screens, controlScreen, chosenScreen);
        captionScreen.place(FxScreens.bounds(placement.screen()), placement.fullScreen());
    }

    /** Receives one run's events on the FX thread; a run that has been replaced is ignored. */
    private final class RunEvents implements FxPipelineBridge.Receiver {
        private final long run;

        RunEvents(long run) {
            this.run = run;
        }

        private boolean current() {
            return run == currentRun;
        }

        @Override
        public void caption(Caption caption) {
            if (current()) {
                captions.accept(caption);
                captionScreen.render(captions);
                controlRoom.showCaption(caption);
            }
        }

        @Override
        public void audio(AudioChunk chunk, double backlogSeconds) {
            if (current()) {
                controlRoom.showLevel(chunk.levelDbfs());
                showBacklog(backlogSeconds);
            }
        }

        @Override
        public void problem(String message) {
            if (current()) {
                controlRoom.showProblem(message);
                captionScreen.setStatus("Captions paused");
            }
        }

        @Override
        public void ended(PipelineStats stats) {
            if (current()) {
                controlRoom.setRunning(false);
                controlRoom.showLevel(-120);
                captionScreen.setStatus("Stopped");
                if (!controlRoom.statusIsProblem()) {
                    controlRoom.showStatus(String.format("Stopped after %.0f s of audio, %d words.",
                            stats.audioSeconds(), stats.words()));
                }
            }
        }
    }

    private void showBacklog(double backlogSeconds) {
        boolean nowBehind = backlogSeconds > BEHIND_SECONDS;
        if (nowBehind == behind) {
            return;
        }
        behind = nowBehind;
        captionScreen.setStatus(nowBehind ? "Falling behind" : "Listening");
        if (nowBehind) {
            controlRoom.showProblem(String.format("Captions are running %.0f s behind the speaker: "
                    + "the computer is too slow for live recognition.", backlogSeconds));
        } else {
            controlRoom.showStatus("Caught up: listening");
        }
    }

    /** Stops captioning and frees the model; called when the app closes. */
    public void close() {
        if (live != null) {
            live.close();
        }
        loader.shutdownNow();
        captionScreen.stage().close();
    }
}

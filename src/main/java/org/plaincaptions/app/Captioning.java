package org.plaincaptions.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.MicrophoneSource;
import org.plaincaptions.audio.Pace;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.pipeline.LiveCaptioning;
import org.plaincaptions.pipeline.PauseCutter;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.ui.FxEvents;
import org.plaincaptions.ui.FxPipelineBridge;
import org.plaincaptions.ui.control.SourceChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start, Stop and Pause of caption runs on the loaded model. Each run's events go to the pipeline
 * listeners (on the pipeline's threads, e.g. a session recorder) and, through one bridge, to every FX
 * listener; events of a run that has been replaced are dropped.
 */
final class Captioning {
    private static final Logger LOGGER = LoggerFactory.getLogger(Captioning.class);

    private final FxEvents fxEvents;
    private final Executor background;
    private final List<PipelineEvents> pipelineListeners = new CopyOnWriteArrayList<>();
    private volatile LiveCaptioning live;
    private PausableSource source;
    private long currentRun; // FX thread only
    private boolean pauseCuts = true; // FX thread only

    /** @param background where runs start and stop: making a recogniser takes a moment, never on the FX thread */
    Captioning(FxEvents fxEvents, Executor background) {
        this.fxEvents = fxEvents;
        this.background = background;
    }

    /** Whether runs started from now on end long utterances at the speaker's pauses (decision 0005). */
    void cutAtPauses(boolean on) {
        pauseCuts = on;
    }

    void use(LiveCaptioning loaded) {
        live = loaded;
    }

    LiveCaptioning live() {
        return live;
    }

    boolean ready() {
        return live != null;
    }

    /** Listeners called on the pipeline's own threads; they must return fast. */
    void addPipelineListener(PipelineEvents listener) {
        pipelineListeners.add(listener);
    }

    /** The audio source for what the facilitator picked (not opened yet). */
    static AudioSource sourceFor(SourceChoice choice) {
        return choice.file()
                .<AudioSource>map(f -> new FileSource(f, choice.fast() ? Pace.AS_FAST_AS_POSSIBLE : Pace.REAL_TIME))
                .orElseGet(() -> choice.device().map(MicrophoneSource::new).orElseGet(MicrophoneSource::new));
    }

    /**
     * Starts a run on {@code choice}; false when no model is loaded. {@code beforeOpening} runs first,
     * off the FX thread (to let go of a microphone being checked).
     */
    boolean start(SourceChoice choice, Runnable beforeOpening) {
        return start(choice, beforeOpening, java.util.Optional.empty());
    }

    /** As {@link #start(SourceChoice, Runnable)}, carrying on session {@code resume} when given. */
    boolean start(SourceChoice choice, Runnable beforeOpening, java.util.Optional<String> resume) {
        LiveCaptioning loaded = live;
        if (loaded == null) {
            return false;
        }
        source = new PausableSource(sourceFor(choice));
        long run = ++currentRun;
        PipelineEvents toFx = new FxPipelineBridge(new RunEvents(run));
        // The bridge to the FX thread first, then the pipeline listeners; one that throws stops none of the others.
        List<PipelineEvents> sinks = new java.util.ArrayList<>(List.of(toFx));
        sinks.addAll(pipelineListeners);
        PipelineEvents events = PipelineEvents.all(sinks.toArray(PipelineEvents[]::new));
        PausableSource started = source;
        PauseCutter.Settings cuts = pauseCuts ? PauseCutter.Settings.DEFAULT : PauseCutter.Settings.OFF;
        background.execute(() -> {
            try {
                beforeOpening.run();
                // Opened here, before a session is begun: a start that cannot open its source (no
                // microphone, not a recording) says so and leaves no empty session behind (issue 15).
                try {
                    started.open();
                } catch (AudioSourceException e) {
                    LOGGER.warn("Captioning did not start on {}: {}", choice.label(), e.getMessage());
                    toFx.onProblem(e.getMessage());
                    toFx.onEnded(new PipelineStats(0, 0, 0, new double[0], new double[0], new double[0], 0));
                    return;
                }
                loaded.usePauseCuts(cuts);
                if (resume.isPresent()) {
                    loaded.resume(resume.get(), started, events);
                } else {
                    loaded.start(started, events);
                }
                LOGGER.info("Captioning started on {}{}, pause cuts {}", choice.label(),
                        resume.map(id -> " in session " + id).orElse(""), cuts.on() ? "on" : "off");
            } catch (RuntimeException e) {
                LOGGER.error("Captioning did not start", e);
                toFx.onProblem("Captioning did not start: " + e.getMessage());
                toFx.onEnded(new PipelineStats(0, 0, 0, new double[0], new double[0], new double[0], 0));
            }
        });
        return true;
    }

    void pause(boolean paused) {
        if (source != null) {
            source.setPaused(paused);
        }
    }

    void stop() {
        LiveCaptioning loaded = live;
        if (loaded != null) {
            background.execute(loaded::stop); // after a start that may still be on its way
        }
    }

    /** What the status line says while a run goes: "Listening to …", "Captioning talk.wav at live pace", … */
    static String whatRuns(SourceChoice choice) {
        return choice.file().map(f -> (choice.fast() ? "Transcribing " + f.getFileName() + " at full speed…"
                        : "Captioning " + f.getFileName() + " at live pace (as if spoken now)"))
                .orElse("Listening to " + choice.label());
    }

    /** Seconds of audio in a recording, NaN when unknown (then progress shows no fraction). */
    static double lengthOf(Path file) {
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
            long frames = format.getFrameLength();
            float rate = format.getFormat().getFrameRate();
            return frames > 0 && rate > 0 ? frames / (double) rate : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** One run's events on the FX thread; ignored once another run has started. */
    private final class RunEvents implements FxPipelineBridge.Receiver {
        private final long run;

        RunEvents(long run) {
            this.run = run;
        }

        @Override
        public void caption(Caption caption) {
            if (run == currentRun) {
                fxEvents.caption(caption);
            }
        }

        @Override
        public void audio(AudioChunk chunk, double backlogSeconds) {
            if (run == currentRun) {
                fxEvents.audio(chunk, backlogSeconds);
            }
        }

        @Override
        public void problem(String message) {
            if (run == currentRun) {
                fxEvents.problem(message);
            }
        }

        @Override
        public void notice(PipelineNotice notice) {
            if (run == currentRun) {
                fxEvents.notice(notice);
            }
        }

        @Override
        public void gap(CaptionGap gap) {
            if (run == currentRun) {
                fxEvents.gap(gap);
            }
        }

        @Override
        public void ended(PipelineStats stats) {
            if (run == currentRun) {
                fxEvents.ended(stats);
            }
        }
    }
}

package org.plaincaptions.pipeline;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.session.SessionFileException;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionWriter;
import org.plaincaptions.speech.SpeechModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one caption pipeline at a time on a loaded model: what the desktop app's Start and Stop do.
 * The model stays loaded between runs; each run gets a fresh recogniser and, when sessions are kept,
 * its own session (or carries on an interrupted one).
 */
public final class LiveCaptioning implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(LiveCaptioning.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final SpeechModel model;
    private final Optional<SessionStore> sessions;
    private volatile PlainRewriter rewriter;
    private volatile PipelineLimits limits = PipelineLimits.DEFAULT;
    private volatile PauseCutter.Settings pauseCuts = PauseCutter.Settings.DEFAULT;
    private CaptionPipeline current;
    private CaptionPipeline lastStarted;
    private volatile String currentSession; // read without the lock: a run's own threads ask for it

    /** Captions only; no session is kept. */
    public LiveCaptioning(SpeechModel model, PlainRewriter rewriter) {
        this(model, rewriter, Optional.empty());
    }

    /** Captions, each run saved as a session in {@code sessions} as it happens. */
    public LiveCaptioning(SpeechModel model, PlainRewriter rewriter, SessionStore sessions) {
        this(model, rewriter, Optional.of(sessions));
    }

    private LiveCaptioning(SpeechModel model, PlainRewriter rewriter, Optional<SessionStore> sessions) {
        this.model = Objects.requireNonNull(model);
        this.rewriter = Objects.requireNonNull(rewriter);
        this.sessions = sessions;
    }

    public SpeechModel model() {
        return model;
    }

    /** Where sessions are kept, if they are. */
    public Optional<SessionStore> sessions() {
        return sessions;
    }

    /** Swaps the plain-language stage; runs started from now on use it. */
    public void useRewriter(PlainRewriter rewriter) {
        this.rewriter = Objects.requireNonNull(rewriter);
    }

    /** Changes how runs started from now on ride through trouble. */
    public void useLimits(PipelineLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    /** Whether runs started from now on end long utterances at pauses (decision 0005). */
    public void usePauseCuts(PauseCutter.Settings settings) {
        this.pauseCuts = Objects.requireNonNull(settings);
    }

    /** The pause cuts the last run started with, if one has started. */
    public synchronized Optional<PauseCutter.Settings> pauseCutsOfLastRun() {
        return Optional.ofNullable(lastStarted).map(CaptionPipeline::pauseCuts);
    }

    /** Starts captioning {@code source} in a new session; stops a run still going first. */
    public synchronized CaptionPipeline start(AudioSource source, PipelineEvents events) {
        return start(source, events, Optional.empty());
    }

    /**
     * Starts captioning {@code source}, adding to the end of session {@code sessionId} (one that was
     * interrupted, say). If that session cannot be resumed, the facilitator is told and a new one starts.
     */
    public synchronized CaptionPipeline resume(String sessionId, AudioSource source, PipelineEvents events) {
        return start(source, events, Optional.of(sessionId));
    }

    private CaptionPipeline start(AudioSource source, PipelineEvents events, Optional<String> resume) {
        stop();
        PipelineEvents guarded = PipelineEvents.all(events);
        Optional<SessionWriter> writer = openSession(source, resume, guarded);
        currentSession = writer.map(SessionWriter::id).orElse(null);
        PipelineEvents all = writer.<PipelineEvents>map(w -> PipelineEvents.all(new SessionRecording(w), events))
                .orElse(guarded);
        current = new CaptionPipeline(source, model::newRecognizer, rewriter, all, limits).cutAtPauses(pauseCuts);
        lastStarted = current;
        current.start();
        return current;
    }

    private Optional<SessionWriter> openSession(AudioSource source, Optional<String> resume, PipelineEvents events) {
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        SessionStore store = sessions.get();
        if (resume.isPresent()) {
            try {
                return Optional.of(store.resume(resume.get(), SessionRecording.noticesTo(events)));
            } catch (SessionFileException e) {
                LOGGER.warn("Cannot resume session: {}", e.getMessage());
                events.onNotice(new PipelineNotice(PipelineNotice.Kind.SESSION_NOT_SAVED,
                        e.getMessage() + " A new session is started instead."));
            }
        }
        try {
            return Optional.of(store.begin(source.name(), SessionRecording.noticesTo(events)));
        } catch (SessionFileException e) {
            LOGGER.warn("No session for this run: {}", e.getMessage());
            events.onNotice(new PipelineNotice(PipelineNotice.Kind.SESSION_NOT_SAVED,
                    e.getMessage() + " Captions go on without a saved session."));
            return Optional.empty();
        }
    }

    /** The session the current (or last) run is saved in; set before the run's first event. */
    public Optional<String> currentSession() {
        return Optional.ofNullable(currentSession);
    }

    /** Stops listening; audio already heard is still captioned and the run ends by itself. */
    public synchronized void stop() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    public synchronized boolean isRunning() {
        return current != null && !current.hasEnded();
    }

    /** Stops, waits briefly for the last captions (and the session's end), and frees the model. */
    @Override
    public synchronized void close() {
        CaptionPipeline last = lastStarted;
        stop();
        if (last != null) {
            try {
                last.awaitEnd(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        model.close();
    }
}

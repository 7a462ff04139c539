package org.plaincaptions.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.Model;

/**
 * A loaded Vosk model. One model serves any number of recognisers, on any threads; it holds native
 * memory until closed.
 */
public final class SpeechModel implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(SpeechModel.class);
    private static final AtomicBoolean NATIVE_LOGGING_SET = new AtomicBoolean();

    private final Path folder;
    private final Model model;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SpeechModel(Path folder, Model model) {
        this.folder = folder;
        this.model = model;
    }

    /** Loads the model in {@code folder}, checking first that it is a complete Vosk model. */
    public static SpeechModel load(Path folder) throws SpeechModelException {
        ModelCheck.verify(folder);
        return load(folder, folder);
    }

    /**
     * Loads the model in {@code folder} for recognisers whose partial results nobody watches (a file read
     * as fast as it can be): the built default model then runs on Vosk's own decoder chunk, which costs
     * less than the shorter one it uses for live captions (decision 0009). Any other folder loads as
     * {@link #load(Path)} does.
     */
    public static SpeechModel loadForFinalsOnly(Path folder) throws SpeechModelException {
        ModelCheck.verify(folder);
        try (FinalsOnlyView view = FinalsOnlyView.of(folder)) {
            if (view.isView()) {
                LOGGER.debug("Loading {} with Vosk's own decoder chunk: only final results are read", folder);
            }
            return load(view.loadFrom(), folder);
        }
    }

    private static SpeechModel load(Path loadFrom, Path folder) throws SpeechModelException {
        VoskLibrary.prepare();
        quietNativeLogging();
        long started = System.nanoTime();
        try {
            Model model = NativeErrors.toLog("Speech model " + folder, () -> open(loadFrom, folder));
            LOGGER.info("Loaded speech model {} in {} ms", folder, (System.nanoTime() - started) / 1_000_000);
            return new SpeechModel(folder, model);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new SpeechModelException("The speech recogniser's native library could not start on this system ("
                    + e.getMessage() + ").");
        }
    }

    /** Loads the model and makes a first recogniser with it; one line saying what is wrong if either fails. */
    private static Model open(Path loadFrom, Path folder) throws SpeechModelException {
        Model model;
        try {
            model = new Model(loadFrom.toString());
        } catch (IOException e) {
            throw new SpeechModelException("The speech model in " + folder + " could not be loaded (is it a Vosk model?): "
                    + ModelLocator.FETCH_HINT + ".");
        }
        try {
            // Vosk reads some of a model (the lookahead graph) only for its first recogniser: a damaged
            // part should be found now, not when the facilitator presses Start.
            VoskSpeechRecognizer.create(model, false).close();
            return model;
        } catch (UncheckedIOException e) {
            model.close();
            throw new SpeechModelException("The speech model in " + folder + " is damaged (Vosk loads it but"
                    + " cannot recognise with it): " + ModelLocator.FETCH_HINT + ".");
        }
    }

    /**
     * Vosk's own log lines would mix with captions on stderr, and its ERROR lines about a broken model
     * say less than our one-line message; keep them all off unless debugging. (Kaldi prints messages
     * whose severity is at most the level: warnings are -1, errors -2.)
     */
    private static void quietNativeLogging() {
        if (NATIVE_LOGGING_SET.compareAndSet(false, true)) {
            LibVosk.vosk_set_log_level(LOGGER.isDebugEnabled() ? 0 : -3);
        }
    }

    /** Recognisers made from any model and not yet closed, in this process: a long run must not grow it. */
    public static int openRecognizers() {
        return VoskSpeechRecognizer.open();
    }

    public Path folder() {
        return folder;
    }

    /** A new streaming recogniser on this model, for one audio stream. */
    public SpeechRecognizer newRecognizer() {
        if (closed.get()) {
            throw new IllegalStateException("speech model already closed");
        }
        return VoskSpeechRecognizer.create(model, false);
    }

    /**
     * A new streaming recogniser whose partial results also carry each word's start and end time
     * (Vosk's partial word timings). The app does not use them: with them on, Vosk refreshes partial
     * results only every 1–2 s instead of every 0.25–0.5 s (decision 0004); for a tool that needs
     * to place words in time while they are still partial.
     */
    public SpeechRecognizer newRecognizerWithPartialTimings() {
        if (closed.get()) {
            throw new IllegalStateException("speech model already closed");
        }
        return VoskSpeechRecognizer.create(model, true);
    }

    Model vosk() {
        return model;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            model.close();
        }
    }
}

package org.plaincaptions.speech;

import java.io.IOException;
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
        quietNativeLogging();
        long started = System.nanoTime();
        try {
            Model model = new Model(folder.toString());
            LOGGER.info("Loaded speech model {} in {} ms", folder, (System.nanoTime() - started) / 1_000_000);
            return new SpeechModel(folder, model);
        } catch (IOException e) {
            throw new SpeechModelException("The speech model in " + folder + " could not be loaded (is it a Vosk model?): "
                    + ModelLocator.FETCH_HINT + ".");
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new SpeechModelException("The speech recogniser's native library could not start on this system ("
                    + e.getMessage() + ").");
        }
    }

    /** Vosk's own log lines would mix with captions on stderr; keep them off unless debugging. */
    private static void quietNativeLogging() {
        if (NATIVE_LOGGING_SET.compareAndSet(false, true)) {
            LibVosk.vosk_set_log_level(LOGGER.isDebugEnabled() ? 0 : -1);
        }
    }

    public Path folder() {
        return folder;
    }

    /** A new streaming recogniser on this model, for one audio stream. */
    public SpeechRecognizer newRecognizer() {
        if (closed.get()) {
            throw new IllegalStateException("speech model already closed");
        }
        return VoskSpeechRecognizer.create(model);
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

package org.plaincaptions.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.ui.control.SourceChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to the microphone picked in the control room while captions are not running, so its level
 * shows (and "no sound" warns) before anyone presses Start. Reads on its own thread; hands the newest
 * level to the FX side about ten times a second. Stopped before a run opens the microphone itself.
 */
final class MicrophoneCheck {
    private static final Logger LOGGER = LoggerFactory.getLogger(MicrophoneCheck.class);
    private static final long HAND_OVER_NANOS = 100_000_000L;

    private final Function<SourceChoice, AudioSource> opener;
    private final Consumer<AudioChunk> level;
    private final Consumer<String> problem;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "microphone-check");
        t.setDaemon(true);
        return t;
    });
    private volatile AudioSource current;
    private Future<?> listening;

    /**
     * @param level   gets the newest chunk, on the reading thread: hand it to the FX thread
     * @param problem gets one line when the microphone cannot be opened, on the reading thread
     */
    MicrophoneCheck(Function<SourceChoice, AudioSource> opener, Consumer<AudioChunk> level, Consumer<String> problem) {
        this.opener = opener;
        this.level = level;
        this.problem = problem;
    }

    /** Listens to {@code choice} if it is a microphone, instead of whatever was listened to before. */
    synchronized void listen(SourceChoice choice) {
        stop();
        if (choice == null || !choice.isMicrophone()) {
            return;
        }
        AudioSource source = opener.apply(choice);
        current = source;
        listening = thread.submit(() -> read(source));
    }

    /** Stops listening; returns at once (the reading thread lets go of the device promptly). */
    synchronized void stop() {
        AudioSource source = current;
        current = null;
        if (source != null) {
            source.close();
        }
    }

    /** Stops and waits until the device is let go, so a run can open it; not on the FX thread. */
    void stopAndWait() {
        Future<?> last;
        synchronized (this) {
            stop();
            last = listening;
        }
        if (last != null) {
            try {
                last.get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOGGER.debug("Microphone check did not end cleanly: {}", e.toString());
            }
        }
    }

    /** Whether the reading thread is still at work on a microphone (it ends soon after {@link #stop}). */
    synchronized boolean isListening() {
        return listening != null && !listening.isDone();
    }

    void close() {
        stop();
        thread.shutdownNow();
    }

    private void read(AudioSource source) {
        try {
            source.open();
            long last = 0;
            AudioChunk chunk;
            while (current == source && (chunk = source.read()) != null) {
                long now = System.nanoTime();
                if (now - last >= HAND_OVER_NANOS) {
                    last = now;
                    level.accept(chunk);
                }
            }
        } catch (AudioSourceException e) {
            if (current == source) {
                problem.accept(e.getMessage());
            }
        } catch (RuntimeException e) {
            LOGGER.warn("Microphone check failed: {}", e.toString());
        } finally {
            source.close();
        }
    }
}

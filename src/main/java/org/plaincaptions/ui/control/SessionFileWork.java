package org.plaincaptions.ui.control;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.plaincaptions.session.SessionFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the past sessions window's file work on the app's I/O thread, one task at a time, and brings
 * the outcome back to the FX thread: the result, or one line saying what went wrong (never a stack trace).
 */
final class SessionFileWork {
    private static final Logger LOGGER = LoggerFactory.getLogger(SessionFileWork.class);

    /** Reading, writing or deleting session files. */
    @FunctionalInterface
    interface Task<T> {
        T run() throws SessionFileException;
    }

    private final Executor io;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    SessionFileWork(Executor io) {
        this.io = io;
    }

    /** True while a task is on its way; the window's buttons wait. */
    BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Runs {@code task} on the I/O thread, then {@code then} or {@code failed} on the FX thread. The
     * future completes on the FX thread once that is done.
     */
    <T> CompletableFuture<Void> run(Task<T> task, Consumer<T> then, Consumer<String> failed) {
        busy.set(true);
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            io.execute(() -> {
                try {
                    result.complete(task.run());
                } catch (SessionFileException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result.handleAsync((value, failure) -> {
            busy.set(false);
            if (failure == null) {
                then.accept(value);
            } else {
                failed.accept(problem(failure));
            }
            return null;
        }, Platform::runLater);
    }

    static String problem(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof SessionFileException) {
            return oneLine(cause.getMessage());
        }
        if (cause instanceof RejectedExecutionException) {
            return "The app is closing, so nothing was done.";
        }
        LOGGER.warn("Past sessions: {}", cause.toString());
        return "That did not work (" + cause.getClass().getSimpleName() + "); the log has the details.";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }
}

package org.plaincaptions.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import org.plaincaptions.session.SessionFileException;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.ui.control.ControlRoom;
import org.plaincaptions.ui.control.ControlRoomModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question after a crash: a session was cut off; carry it on, or keep it as it is. Asked once, when
 * the model is first ready, in words that say what the session holds.
 */
final class InterruptedSessions {
    private static final Logger LOGGER = LoggerFactory.getLogger(InterruptedSessions.class);

    private final SessionStore sessions;
    private final ExecutorService io;
    private final ControlRoomModel roomModel;
    private ControlRoom controlRoom;
    private Optional<String> resumeNext = Optional.empty(); // FX thread only
    private boolean asked; // model-loader thread only

    InterruptedSessions(SessionStore sessions, ExecutorService io, ControlRoomModel roomModel) {
        this.sessions = sessions;
        this.io = io;
        this.roomModel = roomModel;
    }

    void askIn(ControlRoom room) {
        controlRoom = room;
    }

    /** The session the next Start carries on, once; empty for a new session. FX thread. */
    Optional<String> takeResume() {
        Optional<String> resume = resumeNext;
        resumeNext = Optional.empty();
        return resume;
    }

    /**
     * Once, when the model is first ready: if the app (or a power cut) stopped during a session, asks
     * whether to carry it on or keep it as it is; {@code start} presses Start. Model-loader thread.
     */
    void askOnce(Runnable start) {
        if (asked) {
            return;
        }
        asked = true;
        List<SessionSummary> cutOff;
        try {
            // On the file thread, after the clean-up at start: never offer a session it is deleting.
            cutOff = io.submit(sessions::interrupted).get();
        } catch (java.util.concurrent.ExecutionException e) {
            LOGGER.warn("Could not look for interrupted sessions: {}", e.getCause().toString());
            return;
        } catch (InterruptedException | java.util.concurrent.RejectedExecutionException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return; // the app is closing
        }
        if (cutOff.isEmpty()) {
            return;
        }
        SessionSummary last = cutOff.get(0);
        LOGGER.info("{} interrupted session(s) found; the newest is {}", cutOff.size(), last.id());
        String when = DateTimeFormatter.ofPattern("d MMM 'at' HH:mm", Locale.UK)
                .format(last.started().atZone(ZoneId.systemDefault()));
        String others = cutOff.size() > 1 ? String.format(" (%d older ones are kept in Past sessions)", cutOff.size() - 1) : "";
        // Say what the session holds (its captions, up to where the last one ends), never "all kept": words
        // still being recognised when the app stopped may not be in it.
        String question = String.format("Captions stopped unexpectedly during the session of %s. Kept: %d caption%s, "
                + "up to %s into it%s. Carry on in that session, or keep it and start a new one?", when, last.captions(),
                last.captions() == 1 ? "" : "s", minutesIn(last.seconds()), others);
        List<String> ids = cutOff.stream().map(SessionSummary::id).toList();
        Platform.runLater(() -> controlRoom.offerResume(question, () -> {
            keep(ids.subList(1, ids.size()));
            resumeNext = Optional.of(last.id());
            roomModel.showStatus("Carrying on the session of " + when + ".");
            start.run();
        }, () -> {
            keep(ids);
            roomModel.showStatus("The session of " + when + " is kept as it is; the next captions start a new session.");
        }));
    }

    static String minutesIn(double seconds) {
        long total = Math.max(0, Math.round(seconds));
        long m = total / 60;
        long sec = total % 60;
        return m == 0 ? sec + " s" : m + " min " + sec + " s";
    }

    /** Marks interrupted sessions as kept, so the app stops asking about them. */
    private void keep(List<String> ids) {
        io.execute(() -> ids.forEach(id -> {
            try {
                sessions.keep(id);
            } catch (SessionFileException e) {
                LOGGER.warn("Could not mark session {} as kept: {}", id, e.getMessage());
                Platform.runLater(() -> roomModel.showProblem(e.getMessage()));
            }
        }));
    }
}

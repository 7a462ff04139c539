package org.plaincaptions.ui.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.plaincaptions.session.SessionSummary;

/**
 * The past sessions as a table, newest first: when each started, how long it ran, when it was last
 * saved, how many captions, whether it finished, and what it listened to. Times are this computer's.
 */
final class SessionTable extends TableView<SessionSummary> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    SessionTable() {
        setId("sessions-table");
        setAccessibleText("Past sessions, newest first");
        setPlaceholder(new Label("No sessions yet: every run of captions is saved here as it happens."));
        getColumns().setAll(List.of(
                column("Started", s -> when(s.started()), 140),
                column("Length", s -> length(s.seconds()), 80),
                column("Last saved", s -> when(s.lastSaved()), 140),
                column("Captions", SessionSummary::captions, 80),
                column("State", SessionTable::state, 110),
                column("Source", SessionSummary::source, 260)));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** {@code 2026-11-26 10:15} in this computer's time zone. */
    static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** {@code 01:02:05}: sorts as text in the same order as by length. */
    static String length(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    static String state(SessionSummary session) {
        return switch (session.state()) {
            case RUNNING -> "Running now";
            case ENDED -> "Finished";
            case INTERRUPTED -> "Interrupted";
        };
    }

    /** How the session is named to the facilitator: "the session of 2026-11-26 10:15". */
    static String name(SessionSummary session) {
        return "the session of " + when(session.started());
    }

    private static <T> TableColumn<SessionSummary, T> column(String title, Function<SessionSummary, T> value,
                                                             double width) {
        TableColumn<SessionSummary, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

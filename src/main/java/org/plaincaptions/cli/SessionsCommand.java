package org.plaincaptions.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plaincaptions.session.SessionFileException;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the sessions kept on this computer; deletes one, or those older than an age. */
@Command(name = "sessions", sortOptions = false,
        description = {"List the saved sessions, newest first: name, start, length, captions, state, source.",
                "Every run of captions is saved as it happens; export one with: plain-captions export NAME"})
public final class SessionsCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--delete", paramLabel = "NAME", description = "Delete this session for good.")
    String delete;

    @Option(names = "--clean-up", paramLabel = "DAYS",
            description = "Delete every session last written more than DAYS days ago.")
    Integer cleanUpDays;

    @Mixin
    SessionsFolder sessions;

    @Override
    public Integer call() throws UserError {
        SessionStore store = sessions.store();
        PrintStream out = System.out;
        if (delete != null) {
            try {
                String id = store.resolve(delete);
                store.delete(id);
                out.println("Deleted session " + id);
            } catch (SessionFileException e) {
                throw new UserError(e.getMessage());
            }
            return 0;
        }
        if (cleanUpDays != null) {
            if (cleanUpDays < 0) {
                throw new UserError("--clean-up needs a number of days, 0 or more (got " + cleanUpDays + ").");
            }
            List<String> deleted = store.cleanUp(Duration.ofDays(cleanUpDays));
            deleted.forEach(id -> out.println("Deleted session " + id));
            out.println(deleted.size() + (deleted.size() == 1 ? " session" : " sessions") + " older than "
                    + cleanUpDays + (cleanUpDays == 1 ? " day" : " days") + " deleted.");
            return 0;
        }
        List<SessionSummary> sessions = store.list(problem -> System.err.println("plain-captions: " + problem));
        if (sessions.isEmpty()) {
            out.println("No sessions yet in " + store.folder());
            return 0;
        }
        for (SessionSummary s : sessions) {
            out.println(line(s));
        }
        return 0;
    }

    static String line(SessionSummary s) {
        return String.format(Locale.ROOT, "%-20s %s  %s  %5d captions  %-11s %s", s.id(),
                STARTED.format(s.started().atZone(ZoneId.systemDefault())), length(s.seconds()), s.captions(),
                s.state().name().toLowerCase(Locale.ROOT), s.source());
    }

    private static String length(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}

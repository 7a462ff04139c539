package org.plaincaptions.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.plaincaptions.session.SessionSummary.State;
import org.plaincaptions.settings.AppFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of sessions on this computer ({@code sessions/} in the user's data folder): starts,
 * resumes, lists, reads, deletes and cleans up sessions. One file a session, named by when it started
 * ({@code 2026-11-26_101530.jsonl}), written by a {@link SessionWriter}. Safe to use from several
 * threads and from several copies of the app at once.
 */
public final class SessionStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(SessionStore.class);
    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");
    private static final Pattern VALID_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_.-]{0,99}");
    public static final String FOLDER_PROPERTY = "plaincaptions.sessions";
    /** The name {@code export} and the app accept for the newest session. */
    public static final String LATEST = "latest";
    /** A resumed session continues this long after where it had got to, so the break is visible in subtitles. */
    private static final double RESUME_PAUSE_SECONDS = 1.0;

    private final Path folder;
    private final Clock clock;

    public SessionStore(Path folder) {
        this(folder, Clock.systemDefaultZone());
    }

    /** @param clock gives session start times and names them in its time zone */
    public SessionStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * {@code sessions/} in this user's data folder ({@code $XDG_DATA_HOME/plain-captions} on Linux), or the
     * folder the system property {@value #FOLDER_PROPERTY} names (tests, a portable install on a stick).
     */
    public static SessionStore forThisUser() {
        String chosen = System.getProperty(FOLDER_PROPERTY, "");
        return new SessionStore(chosen.isBlank() ? AppFolders.forThisUser().data().resolve("sessions") : Path.of(chosen));
    }

    public Path folder() {
        return folder;
    }

    /** Starts a new session: its file exists, with its header on disk, when this returns. */
    public SessionWriter begin(String source, SessionTrouble trouble) throws SessionFileException {
        Instant started = clock.instant();
        String base = LocalDateTime.ofInstant(started, clock.getZone()).format(ID_FORMAT);
        try {
            Files.createDirectories(folder);
            for (int n = 1; ; n++) {
                String id = n == 1 ? base : base + "-" + n;
                Path file = file(id);
                SessionLock lock = SessionLock.take(lockFile(id));
                if (lock == null) {
                    continue;
                }
                try {
                    Files.write(file, SessionLines.header(id, started, source), StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
                } catch (FileAlreadyExistsException e) {
                    lock.release();
                    continue;
                } catch (IOException e) {
                    lock.release();
                    throw e;
                }
                LOGGER.info("Session {} started", id);
                return new SessionWriter(id, file, SessionWriter.append(file), lock, 0, 0, clock, trouble);
            }
        } catch (IOException e) {
            throw new SessionFileException("Cannot start a session in " + folder + ": " + SessionFiles.reason(e) + ".", e);
        }
    }

    /**
     * Carries on an interrupted (or ended) session: what is captioned now is added to its end, timed
     * from just after where it had got to.
     */
    public SessionWriter resume(String id, SessionTrouble trouble) throws SessionFileException {
        Path file = existing(id);
        SessionLock lock;
        try {
            lock = SessionLock.take(lockFile(id));
        } catch (IOException e) {
            throw new SessionFileException("Cannot resume session " + id + ": " + SessionFiles.reason(e) + ".", e);
        }
        if (lock == null) {
            throw new SessionFileException("Session " + id + " is still running; stop it before resuming it.");
        }
        FileChannel channel = null;
        try {
            SessionRecord before = SessionReader.read(file, false);
            double offset = Math.ceil(before.summary().seconds() + RESUME_PAUSE_SECONDS);
            channel = SessionWriter.append(file);
            SessionFiles.endLine(channel);
            channel.write(java.nio.ByteBuffer.wrap(SessionLines.resumed(clock.instant(), offset)));
            channel.force(false);
            LOGGER.info("Session {} resumed at {} s", id, offset);
            return new SessionWriter(id, file, channel, lock, offset, before.summary().captions(), clock, trouble);
        } catch (IOException | SessionFileException | RuntimeException e) {
            closeQuietly(channel);
            lock.release();
            if (e instanceof SessionFileException s) {
                throw s;
            }
            throw new SessionFileException("Cannot resume session " + id + ": " + e.getMessage(), e);
        }
    }

    /** Every readable session, newest first; files that are not sessions are reported and left alone. */
    public List<SessionSummary> list(Consumer<String> problems) {
        List<SessionSummary> sessions = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return sessions;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SessionFiles.SUFFIX)) {
            for (Path file : files) {
                String id = idOf(file);
                try {
                    sessions.add(SessionReader.summary(file, isRunning(id)).withId(id));
                } catch (SessionFileException e) {
                    problems.accept(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.accept("Cannot list the sessions in " + folder + ": " + SessionFiles.reason(e) + ".");
        }
        sessions.sort(Comparator.comparing(SessionSummary::started).thenComparing(SessionSummary::id).reversed());
        return sessions;
    }

    /** Sessions that were cut off (a crash, kill -9) and nobody has resumed or kept yet: ask what to do. */
    public List<SessionSummary> interrupted() {
        List<SessionSummary> cutOff = new ArrayList<>();
        for (SessionSummary s : list(problem -> LOGGER.warn("{}", problem))) {
            try {
                if (s.state() == State.INTERRUPTED && !SessionReader.hasEnded(file(s.id()))) {
                    cutOff.add(s);
                }
            } catch (SessionFileException e) {
                LOGGER.warn("{}", e.getMessage());
            }
        }
        return cutOff;
    }

    /** Keeps an interrupted session as it is and stops asking about it ("start a new one"). */
    public void keep(String id) throws SessionFileException {
        Path file = existing(id);
        try {
            SessionLock lock = SessionLock.take(lockFile(id));
            if (lock == null) {
                throw new SessionFileException("Session " + id + " is still running.");
            }
            try (FileChannel channel = SessionWriter.append(file)) {
                SessionSummary summary = SessionReader.read(file, false).summary();
                SessionFiles.endLine(channel);
                channel.write(java.nio.ByteBuffer.wrap(SessionLines.end(clock.instant(), true, summary.captions(),
                        summary.seconds())));
                channel.force(false);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new SessionFileException("Cannot update session " + id + ": " + SessionFiles.reason(e) + ".", e);
        }
    }

    /** Reads a whole session. */
    public SessionRecord read(String id) throws SessionFileException {
        return SessionReader.read(existing(id), isRunning(id)).withId(id);
    }

    /**
     * The session a person means by {@code name}: its id, {@value #LATEST}, or the start of exactly one id
     * ({@code 2026-11-26_10}).
     */
    public String resolve(String name) throws SessionFileException {
        List<SessionSummary> all = list(problem -> LOGGER.warn("{}", problem));
        if (all.isEmpty()) {
            throw new SessionFileException("There are no sessions in " + folder + " yet.");
        }
        if (name.equals(LATEST)) {
            return all.get(0).id();
        }
        List<String> matches = new ArrayList<>();
        for (SessionSummary s : all) {
            if (s.id().equals(name)) {
                return name;
            }
            if (s.id().startsWith(name)) {
                matches.add(s.id());
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new SessionFileException(matches.isEmpty()
                ? "No session is called '" + name + "'; list them with: plain-captions sessions"
                : "'" + name + "' could be any of " + String.join(", ", matches) + "; give more of the name.");
    }

    /** Deletes a session for good (privacy). A running session cannot be deleted. */
    public void delete(String id) throws SessionFileException {
        Path file = existing(id);
        if (isRunning(id)) {
            throw new SessionFileException("Session " + id + " is running; stop it before deleting it.");
        }
        try {
            Files.delete(file);
            Files.deleteIfExists(lockFile(id));
            LOGGER.info("Session {} deleted", id);
        } catch (IOException e) {
            throw new SessionFileException("Cannot delete session " + id + ": " + SessionFiles.reason(e) + ".", e);
        }
    }

    /** Deletes every session last written more than {@code maxAge} ago, except running ones; returns their ids. */
    public List<String> cleanUp(Duration maxAge) {
        Instant cutOff = clock.instant().minus(maxAge);
        List<String> deleted = new ArrayList<>();
        for (SessionSummary s : list(problem -> LOGGER.warn("{}", problem))) {
            if (s.state() != State.RUNNING && s.lastSaved().isBefore(cutOff)) {
                try {
                    delete(s.id());
                    deleted.add(s.id());
                } catch (SessionFileException e) {
                    LOGGER.warn("Clean-up: {}", e.getMessage());
                }
            }
        }
        return deleted;
    }

    /** Whether a Plain Captions is writing this session now. */
    public boolean isRunning(String id) {
        return VALID_ID.matcher(id).matches() && SessionLock.isHeld(lockFile(id));
    }

    private Path existing(String id) throws SessionFileException {
        if (!VALID_ID.matcher(id).matches()) {
            throw new SessionFileException("'" + id + "' is not a session name; list them with: plain-captions sessions");
        }
        Path file = file(id);
        if (!Files.isRegularFile(file)) {
            throw new SessionFileException("No session is called '" + id + "'; list them with: plain-captions sessions");
        }
        return file;
    }

    private Path file(String id) {
        return folder.resolve(id + SessionFiles.SUFFIX);
    }

    private Path lockFile(String id) {
        return folder.resolve(id + SessionFiles.LOCK_SUFFIX);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SessionFiles.SUFFIX.length());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOGGER.debug("Closing after a failed resume: {}", e.toString());
            }
        }
    }
}

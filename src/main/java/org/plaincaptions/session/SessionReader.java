package org.plaincaptions.session;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plaincaptions.session.SessionSummary.State;

/**
 * Reads session files, forgiving damage: a line that cannot be read (cut short by a crash, edited by
 * hand, not UTF-8) is skipped and reported; only a file with no readable first line is refused.
 */
public final class SessionReader {
    /** Enough to hold the last line of any session, which is short. */
    private static final int TAIL_BYTES = 4096;

    private SessionReader() {
    }

    /**
     * Reads a whole session file.
     *
     * @param running whether a Plain Captions is writing it now
     * @throws SessionFileException if the file cannot be read or is not a session; never anything else
     */
    public static SessionRecord read(Path file, boolean running) throws SessionFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SessionFileException("Session file " + file + " does not exist.", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new SessionFileException("Session file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return parse(file.toString(), bytes, running);
    }

    /**
     * Reads session text; {@code name} is used in messages.
     *
     * @throws SessionFileException if the first line is not a session header; never anything else
     */
    public static SessionRecord parse(String name, byte[] bytes, boolean running) throws SessionFileException {
        SessionLines.Header header = null;
        List<SessionEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        SessionLines.Line last = null;
        SessionEntry.Said draft = null; // the open utterance's newest draft, until something ends it
        Instant lastSaved = null;
        int captions = 0;
        double seconds = 0;
        int lineNumber = 0;
        int from = 0;
        while (from < bytes.length) {
            int to = indexOf(bytes, (byte) '\n', from);
            int end = to < 0 ? bytes.length : to;
            lineNumber++;
            SessionLines.Line line;
            try {
                String text = utf8(bytes, from, end - from);
                line = text.isBlank() ? null : SessionLines.parse(text);
            } catch (IllegalArgumentException e) {
                line = null;
                skipped.add(name + ":" + lineNumber + ": " + (to < 0 ? "cut short (" + e.getMessage() + ")" : e.getMessage()));
            }
            from = end + 1;
            if (line == null) {
                continue;
            }
            if (header == null) {
                if (!(line instanceof SessionLines.Header h)) {
                    throw notASession(name, "its first line is not a session header");
                }
                header = h;
                lastSaved = h.started();
                continue;
            }
            if (line instanceof SessionLines.Draft d) {
                draft = d.said();
                lastSaved = later(lastSaved, draft.at());
                continue;
            }
            // What follows a draft decides it: a crash (resumed, kept as interrupted, the end of the file)
            // leaves it as the last caption; any entry after it (its final, or the next) replaces it.
            boolean runCutOff = line instanceof SessionLines.Resumed
                    || line instanceof SessionLines.End ended && ended.interrupted();
            if (draft != null && runCutOff) {
                entries.add(draft);
                captions++;
                seconds = Math.max(seconds, finite(draft.caption().end()));
            }
            draft = null;
            if (line instanceof SessionLines.Entry e) {
                entries.add(e.entry());
                lastSaved = later(lastSaved, e.entry().at());
                if (e.entry() instanceof SessionEntry.Said said) {
                    captions++;
                    seconds = Math.max(seconds, finite(said.caption().end()));
                } else if (e.entry() instanceof SessionEntry.Gap gap) {
                    seconds = Math.max(seconds, gap.gap().end());
                }
            } else if (line instanceof SessionLines.Resumed r) {
                lastSaved = later(lastSaved, r.at());
                last = line;
            } else if (line instanceof SessionLines.End e) {
                lastSaved = later(lastSaved, e.at());
                last = line;
            } else {
                skipped.add(name + ":" + lineNumber + ": a second session header");
            }
        }
        if (header == null) {
            throw notASession(name, bytes.length == 0 ? "the file is empty" : "it has no session header");
        }
        if (draft != null) {
            entries.add(draft);
            captions++;
            seconds = Math.max(seconds, finite(draft.caption().end()));
        }
        SessionSummary summary = new SessionSummary(header.id(), header.started(), lastSaved, header.source(), captions,
                seconds, state(last, running));
        return new SessionRecord(summary, entries, skipped);
    }

    /** Whether the session in this file ended (its last line is an end line), without reading it all. */
    static boolean hasEnded(Path file) throws SessionFileException {
        return lastLine(file) instanceof SessionLines.End;
    }

    /**
     * The summary of a session, reading only its first and last lines when it ended properly (its end
     * line carries the totals), else the whole file.
     */
    static SessionSummary summary(Path file, boolean running) throws SessionFileException {
        if (!running && lastLine(file) instanceof SessionLines.End end && end.captions() >= 0 && end.seconds() >= 0) {
            SessionLines.Line first = firstLine(file);
            if (first instanceof SessionLines.Header h) {
                return new SessionSummary(h.id(), h.started(), end.at(), h.source(), end.captions(), end.seconds(),
                        end.interrupted() ? State.INTERRUPTED : State.ENDED);
            }
        }
        return read(file, running).summary();
    }

    private static State state(SessionLines.Line last, boolean running) {
        if (running) {
            return State.RUNNING;
        }
        if (last instanceof SessionLines.End end) {
            return end.interrupted() ? State.INTERRUPTED : State.ENDED;
        }
        return State.INTERRUPTED;
    }

    private static SessionLines.Line firstLine(Path file) throws SessionFileException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(in.length(), TAIL_BYTES)];
            in.readFully(head);
            int end = indexOf(head, (byte) '\n', 0);
            return end < 0 ? null : SessionLines.parse(utf8(head, 0, end));
        } catch (IOException e) {
            throw new SessionFileException("Session file " + file + " cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SessionLines.Line lastLine(Path file) throws SessionFileException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, TAIL_BYTES);
            byte[] tail = new byte[size];
            in.seek(length - size);
            in.readFully(tail);
            if (size == 0 || tail[size - 1] != '\n') {
                return null; // cut short: no complete last line
            }
            int start = lastIndexOf(tail, (byte) '\n', size - 2) + 1;
            return SessionLines.parse(utf8(tail, start, size - 1 - start));
        } catch (IOException e) {
            throw new SessionFileException("Session file " + file + " cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String utf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text");
        }
    }

    private static SessionFileException notASession(String name, String why) {
        return new SessionFileException(name + " is not a Plain Captions session (" + why + ").");
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}

package org.plaincaptions.session;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.plaincaptions.captions.CaptionLayout;
import org.plaincaptions.captions.CaptionWriter;
import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;
import org.plaincaptions.settings.AtomicFiles;

/** Writes a saved session as a transcript or subtitles, gaps shown as markers where they happened. */
public final class SessionExport {
    private SessionExport() {
    }

    public static void write(SessionRecord session, ExportFormat format, Track track, Writer out) throws IOException {
        CaptionWriter writer = format.writer(out, track, CaptionLayout.DEFAULT);
        for (SessionEntry entry : session.entries()) {
            if (entry instanceof SessionEntry.Said said) {
                writer.write(said.caption());
            } else if (entry instanceof SessionEntry.Gap gap) {
                writer.gap(gap.gap());
            }
        }
        writer.finish();
    }

    /**
     * Writes the export to a file through a temporary one beside it, so a failed export never leaves half a
     * file under the chosen name.
     *
     * @throws SessionFileException with one line naming the file and why it could not be written
     */
    public static void writeFile(SessionRecord session, ExportFormat format, Track track, Path target)
            throws SessionFileException {
        try {
            AtomicFiles.replace(target, out -> write(session, format, track, out));
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "the folder does not exist" : SessionFiles.reason(e);
            throw new SessionFileException("Cannot write " + target + ": " + why + ".", e);
        }
    }

    /**
     * A file name for the export: {@code 2026-11-26_101530-plain.srt}; JSON lines hold both tracks, so
     * {@code 2026-11-26_101530.jsonl}.
     */
    public static String fileName(SessionRecord session, ExportFormat format, Track track) {
        return fileName(session.id(), format, track);
    }

    /** The same, from the session's name alone: the app suggests it before reading the session. */
    public static String fileName(String id, ExportFormat format, Track track) {
        if (format == ExportFormat.JSONL) {
            return id + "." + format.extension();
        }
        return id + "-" + track + (format == ExportFormat.TXT_TIMES ? "-times" : "") + "." + format.extension();
    }
}

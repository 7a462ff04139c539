package org.plaincaptions.session;

import java.io.IOException;
import java.io.Writer;
import org.plaincaptions.captions.CaptionLayout;
import org.plaincaptions.captions.CaptionWriter;
import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;

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

    /** A file name for the export: {@code 2026-11-26_101530-plain.srt}. */
    public static String fileName(SessionRecord session, ExportFormat format, Track track) {
        return session.id() + "-" + track + (format == ExportFormat.TXT_TIMES ? "-times" : "") + "." + format.extension();
    }
}

package org.plaincaptions.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.plaincaptions.session.SessionExport;
import org.plaincaptions.session.SessionFileException;
import org.plaincaptions.session.SessionRecord;
import org.plaincaptions.session.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a saved session as a transcript or subtitles. */
@Command(name = "export", sortOptions = false,
        description = "Write a saved session as text, text with times, subtitles or JSON lines.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(paramLabel = "SESSION",
            description = "The session's name as 'sessions' lists it, the start of it, or 'latest'.")
    String session;

    @Mixin
    CaptionOutput out;

    @Mixin
    SessionsFolder sessions;

    @Override
    public Integer call() throws UserError {
        SessionStore store = sessions.store();
        SessionRecord record;
        try {
            record = store.read(store.resolve(session));
        } catch (SessionFileException e) {
            throw new UserError(e.getMessage());
        }
        record.skipped().forEach(line -> System.err.println("plain-captions: skipped " + line));
        if (out.output == null) {
            try {
                Writer writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                SessionExport.write(record, out.format, out.track, writer);
                writer.flush();
            } catch (IOException e) {
                throw new UserError("Cannot write the export: " + e.getMessage());
            }
            return 0;
        }
        try {
            SessionExport.writeFile(record, out.format, out.track, out.output);
        } catch (SessionFileException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }
}

package org.plaincaptions.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;
import org.plaincaptions.session.SessionExport;
import org.plaincaptions.session.SessionFileException;
import org.plaincaptions.session.SessionRecord;
import org.plaincaptions.session.SessionStore;
import picocli.CommandLine.Command;
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

    @Option(names = "--format", paramLabel = "txt|txt-times|srt|vtt|jsonl", defaultValue = "txt",
            converter = Converters.FormatConverter.class, description = "Output format (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = "--track", paramLabel = "plain|raw", defaultValue = "plain",
            converter = Converters.TrackConverter.class,
            description = "Plain words or the words as said (default: ${DEFAULT-VALUE}). jsonl always has both.")
    Track track;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--sessions-folder", paramLabel = "DIR", hidden = true)
    Path folder;

    @Override
    public Integer call() throws UserError {
        SessionStore store = folder == null ? SessionStore.forThisUser() : new SessionStore(folder);
        SessionRecord record;
        try {
            record = store.read(store.resolve(session));
        } catch (SessionFileException e) {
            throw new UserError(e.getMessage());
        }
        record.skipped().forEach(line -> System.err.println("plain-captions: skipped " + line));
        if (output == null) {
            try {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                SessionExport.write(record, format, track, out);
                out.flush();
            } catch (IOException e) {
                throw new UserError("Cannot write the export: " + e.getMessage());
            }
            return 0;
        }
        try {
            SessionExport.writeFile(record, format, track, output);
        } catch (SessionFileException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }
}

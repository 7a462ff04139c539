package org.plaincaptions.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plaincaptions.share.StaticReaderPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the reader page as static files for an edge server (deploy/nginx/). */
@Command(name = "reader-page", sortOptions = false,
        description = {"Write the reader page as static files, for a web server that relays the captions"
                + " (nginx with nchan, see deploy/nginx/).",
                "The page reads the room's stream at --stream; \"I'm lost\" and \"Slower, please\" are not"
                        + " available there, and the page says so."})
public final class ReaderPageCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "Folder to write the page into (made if missing; the page's own files in it are replaced).")
    Path output;

    @Option(names = "--stream", paramLabel = "URL", defaultValue = StaticReaderPage.STREAM_BESIDE_THE_PAGE,
            description = "The room's event stream, relative to the page or absolute (default: ${DEFAULT-VALUE},"
                    + " beside the page: a page at /rooms/hall-a/ reads /rooms/hall-a/events).")
    String stream;

    @Override
    public Integer call() throws Exception {
        if (stream.isBlank() || stream.chars().anyMatch(Character::isWhitespace)) {
            throw new UserError("--stream: give the room's event stream address, for example events or"
                    + " https://edge.example/rooms/hall-a/events.");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserError("Cannot write the reader page into " + output + ": it is a file, not a folder.");
        }
        List<Path> written;
        try {
            written = StaticReaderPage.write(output, stream);
        } catch (IOException e) {
            throw new UserError("Cannot write the reader page into " + output + ": " + Checks.reason(e) + ".");
        }
        for (Path file : written) {
            System.out.println(file);
        }
        System.err.println("plain-captions: the reader page is in " + output + "; it reads the stream at " + stream
                + " (signals to the facilitator are not available there).");
        return 0;
    }
}

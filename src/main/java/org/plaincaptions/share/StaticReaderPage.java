package org.plaincaptions.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermissions;
import org.plaincaptions.settings.AtomicFiles;

/**
 * The reader page as static files, for a web server that relays the laptop's events (an nginx edge,
 * deploy/nginx/): the same files the laptop serves, with a {@code config.json} that says where the
 * room's stream is and that signals to the facilitator are not available there (docs/decisions/0067).
 */
public final class StaticReaderPage {
    /** The stream beside the page: a page at {@code /rooms/hall-a/} reads {@code /rooms/hall-a/events}. */
    public static final String STREAM_BESIDE_THE_PAGE = "events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StaticReaderPage() {
    }

    /** {@code {"stream": "events", "signal": null}}. */
    public static String config(String stream) {
        ObjectNode config = JSON.createObjectNode();
        config.put("stream", stream);
        config.putNull("signal");
        return config.toString();
    }

    /**
     * Writes {@code index.html}, the page's style, script and icon and its {@code config.json} into
     * {@code folder} (made if missing; files of these names are replaced, others left alone).
     *
     * @return the files written
     */
    public static List<Path> write(Path folder, String stream) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, ReaderPage> file : ReaderPage.FILES.entrySet()) {
            String name = file.getKey().equals("/") ? "index.html" : file.getKey().substring(1);
            String text = name.equals("config.json") ? config(stream)
                    : new String(file.getValue().bytes(), StandardCharsets.UTF_8);
            Path target = folder.resolve(name);
            AtomicFiles.write(target, text);
            if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
                // The web server runs as another user (www-data): it must be able to read the page.
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
            }
            written.add(target);
        }
        written.sort(null);
        return written;
    }
}

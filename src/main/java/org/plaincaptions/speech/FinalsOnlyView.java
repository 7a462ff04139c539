package org.plaincaptions.speech;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built default model as Vosk's own decoder chunk would run it, for reading a file for its text
 * (decision 0009, addendum). The build writes {@code --frames-per-chunk} into the default model's
 * {@code conf/model.conf} so partial results change every 150 ms; nobody watches partial results when
 * a file is read as fast as possible, and the acoustic model runs about 8 % cheaper on Vosk's own
 * chunk. Vosk reads {@code conf/model.conf} from the folder it loads, so the view is a temporary folder
 * of links to the model's parts with a conf that leaves the chunk line out. It exists only while Vosk
 * loads (Vosk reads every file then) and is removed straight after.
 *
 * <p>Only a folder the build tuned (it keeps the archive's conf as {@code model.conf.vosk}) with a chunk
 * line gets a view; any other folder, or a system that cannot make links, loads as it is.
 */
final class FinalsOnlyView implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(FinalsOnlyView.class);
    static final String CHUNK_OPTION = "--frames-per-chunk=";
    static final String ARCHIVE_CONF = "model.conf.vosk";

    private final Path folder;
    private final Optional<Path> view;

    private FinalsOnlyView(Path folder, Optional<Path> view) {
        this.folder = folder;
        this.view = view;
    }

    /** A view of {@code folder} without the built chunk line, or the folder itself where none is needed or possible. */
    static FinalsOnlyView of(Path folder) {
        Path conf = folder.resolve("conf");
        try {
            if (!Files.isRegularFile(conf.resolve(ARCHIVE_CONF))) {
                return new FinalsOnlyView(folder, Optional.empty());
            }
            List<String> lines = Files.readAllLines(conf.resolve("model.conf"));
            List<String> kept = lines.stream().filter(line -> !line.strip().startsWith(CHUNK_OPTION)).toList();
            if (kept.size() == lines.size()) {
                return new FinalsOnlyView(folder, Optional.empty());
            }
            return new FinalsOnlyView(folder, Optional.of(build(folder, kept)));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOGGER.debug("Loading {} with its own conf: no view without the decoder chunk ({})", folder, e.toString());
            return new FinalsOnlyView(folder, Optional.empty());
        }
    }

    private static Path build(Path folder, List<String> conf) throws IOException {
        Path view = Files.createTempDirectory("plaincaptions-model-");
        try {
            try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder)) {
                for (Path part : parts) {
                    if (!part.getFileName().toString().equals("conf")) {
                        Files.createSymbolicLink(view.resolve(part.getFileName().toString()), part.toAbsolutePath());
                    }
                }
            }
            Path viewConf = Files.createDirectory(view.resolve("conf"));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.resolve("conf"))) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (Files.isRegularFile(file) && !name.equals("model.conf") && !name.equals(ARCHIVE_CONF)) {
                        Files.copy(file, viewConf.resolve(name));
                    }
                }
            }
            // Whole, with its last line ended: a truncated conf crashes Vosk (decision 0041).
            Files.write(viewConf.resolve("model.conf"), conf);
            return view;
        } catch (IOException | RuntimeException e) {
            remove(view);
            throw e;
        }
    }

    /** The folder to hand to Vosk: the view, or the model's own folder. */
    Path loadFrom() {
        return view.orElse(folder);
    }

    boolean isView() {
        return view.isPresent();
    }

    /** Removes the view (its links, never what they point to). */
    @Override
    public void close() {
        view.ifPresent(FinalsOnlyView::remove);
    }

    private static void remove(Path view) {
        try (Stream<Path> paths = Files.walk(view)) { // walk does not follow the links into the model
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOGGER.debug("Could not remove the temporary model view {}: {}", view, e.toString());
        }
    }
}

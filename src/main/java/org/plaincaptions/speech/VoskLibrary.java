package org.plaincaptions.speech;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Vosk's native library is loaded from (docs/decisions/0008-model-load-time.md). Left alone, JNA
 * copies the 26 MB {@code libvosk.so} out of the jar into a new temporary file on every start, which took
 * 0.3-0.7 s of the model's load time here. Instead it is copied once into a folder of the user's own,
 * named by the library's checksum in the jar (so a new Vosk gets a new copy), and JNA is pointed there
 * with {@code jna.library.path}. Anything unusual (another system, not in a jar, a folder we cannot
 * write, {@code jna.library.path} already set) leaves JNA to do as it always does.
 */
public final class VoskLibrary {
    private static final Logger LOGGER = LoggerFactory.getLogger(VoskLibrary.class);
    private static final String RESOURCE = "linux-x86-64/libvosk.so";
    private static final String FILE = "libvosk.so";
    private static final String JNA_PATH = "jna.library.path";

    private static volatile Path folder;
    private static boolean prepared; // guarded by the class

    private VoskLibrary() {
    }

    /** The folder to keep the copy in (the app's data folder); until set, JNA extracts the library as usual. */
    public static void keepIn(Path folder) {
        VoskLibrary.folder = folder;
    }

    /** Before the first model loads: points JNA at the kept copy, copying it there first if need be. */
    static synchronized void prepare() {
        if (!prepared && folder != null) {
            prepared = true;
            prepare(folder);
        }
    }

    /** Returns the folder JNA now loads Vosk from, if it was pointed at one. */
    static Optional<Path> prepare(Path folder) {
        if (System.getProperty(JNA_PATH) != null || !isLinuxX64()) {
            return Optional.empty();
        }
        try {
            URL url = VoskLibrary.class.getClassLoader().getResource(RESOURCE);
            if (url == null) {
                return Optional.empty();
            }
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarEntry entry = jar.getJarEntry();
            if (entry.getCrc() < 0 || entry.getSize() <= 0) {
                return Optional.empty();
            }
            Path dir = folder.resolve("vosk-" + Long.toHexString(entry.getCrc()));
            Path copy = dir.resolve(FILE);
            if (!Files.isRegularFile(copy) || Files.size(copy) != entry.getSize()) {
                copyOnce(connection, dir, copy);
            }
            System.setProperty(JNA_PATH, dir.toString());
            return Optional.of(dir);
        } catch (IOException | RuntimeException e) {
            LOGGER.debug("Vosk's native library is extracted as usual: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Into a temporary file beside, then renamed: a copy cut short by a crash is never loaded. */
    private static void copyOnce(URLConnection connection, Path dir, Path copy) throws IOException {
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, FILE, ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOGGER.info("Vosk's native library copied to {} (once)", dir);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static boolean isLinuxX64() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }
}

package org.plaincaptions.speech;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the native library's own error lines out of the user's face: OpenFst, inside Vosk, writes
 * errors about a damaged model straight to standard error whatever Vosk's log level. While a model
 * loads, standard error (file descriptor 2) points at a temporary file; its lines then go to the log,
 * and the user sees our one-line message instead. Linux only (the descriptor juggling is POSIX and
 * the flags are Linux's); elsewhere the work runs as it is.
 */
final class NativeErrors {
    private static final Logger LOGGER = LoggerFactory.getLogger(NativeErrors.class);
    private static final int STDERR = 2;
    private static final int O_WRONLY = 1;
    private static final int O_CREAT = 0x40;
    private static final int O_TRUNC = 0x200;
    private static final int OWNER_READ_WRITE = 0600;

    /** The C library calls used. */
    interface C extends Library {
        int dup(int fd);

        int dup2(int from, int to);

        int close(int fd);

        int open(String path, int flags, int mode);

        int fflush(Pointer stream);
    }

    /** Work that may throw. */
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private NativeErrors() {
    }

    /** Runs {@code work} with standard error captured, then logs what the native code wrote there. */
    static synchronized <T, E extends Exception> T toLog(String what, Work<T, E> work) throws E {
        C c = linuxC();
        Path file = null;
        int saved = -1;
        int capture = -1;
        try {
            if (c != null) {
                file = Files.createTempFile("plain-captions-native", ".log");
                capture = c.open(file.toString(), O_WRONLY | O_CREAT | O_TRUNC, OWNER_READ_WRITE);
                saved = capture < 0 ? -1 : c.dup(STDERR);
                if (saved < 0 || c.dup2(capture, STDERR) < 0) {
                    restore(c, saved, capture);
                    saved = -1;
                    capture = -1;
                }
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            LOGGER.debug("Native errors go to standard error: {}", e.toString());
        }
        try {
            return work.run();
        } finally {
            if (capture >= 0) {
                System.err.flush();
                restore(c, saved, capture);
            }
            if (file != null) {
                logLines(what, file);
            }
        }
    }

    private static void restore(C c, int saved, int capture) {
        c.fflush(null);
        if (saved >= 0) {
            c.dup2(saved, STDERR);
            c.close(saved);
        }
        if (capture >= 0) {
            c.close(capture);
        }
    }

    private static void logLines(String what, Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    LOGGER.warn("{}: native: {}", what, line.strip());
                }
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.debug("Reading native errors: {}", e.toString());
        }
    }

    private static C linuxC() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return null;
        }
        return Native.load("c", C.class);
    }
}

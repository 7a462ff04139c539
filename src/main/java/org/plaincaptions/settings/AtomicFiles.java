package org.plaincaptions.settings;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader (the glossary watcher, the next start of the app) sees the old
 * content or the new, never half of it: a temporary file beside it, flushed to disk, then renamed.
 *
 * <p>Who may read it (docs/decisions/0038-who-may-read-saved-files.md): what the app keeps for itself
 * ({@link #write}: settings, the meeting glossary) is readable by this user only (0600 on Linux and
 * macOS); what the facilitator saves to pass on ({@link #replace}, {@link #writeDocument}: exported
 * captions, transcripts, a glossary exported as CSV) gets the permissions any new file there gets, and a
 * file replaced keeps its own.
 */
public final class AtomicFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private AtomicFiles() {
    }

    /** What goes into the file, written as UTF-8 text. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code text} to {@code file}, readable by this user only, making its folder first if need be. */
    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        replace(file, out -> out.write(text), true);
    }

    /** Writes a document to pass on ({@link #replace}'s permissions), making its folder first if need be. */
    public static void writeDocument(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        replace(file, out -> out.write(text), false);
    }

    /**
     * Replaces {@code file} (or makes it) with what {@code content} writes, in a folder that must exist: a
     * document to pass on, so it is made as any new file there is, or keeps the permissions of the file it
     * replaces. If writing fails half way, the file is as it was and no temporary file is left.
     */
    public static void replace(Path file, Content content) throws IOException {
        replace(file, content, false);
    }

    private static Path temporary(Path dir, Path file, boolean onlyThisUser) throws IOException {
        if (onlyThisUser) {
            return Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp"); // 0600
        }
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.createFile(temp); // as any new file here: the user's umask decides
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            if (Files.exists(file) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
            return temp;
        }
    }

    private static void replace(Path file, Content content, boolean onlyThisUser) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = temporary(dir, file, onlyThisUser);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

package org.plaincaptions.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Small file facts the session writer and store share. */
final class SessionFiles {
    static final String SUFFIX = ".jsonl";
    static final String LOCK_SUFFIX = ".lock";

    private SessionFiles() {
    }

    /**
     * Ends a line cut short by a crash or a refused write, so what is appended next starts a line of its
     * own and only the damaged line is lost.
     */
    static void endLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        if (last.get(0) != '\n') {
            ByteBuffer newline = ByteBuffer.wrap(new byte[] {'\n'});
            while (newline.hasRemaining()) {
                channel.write(newline);
            }
        }
    }

    /** A few words for an I/O failure. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder is gone";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replace('\n', ' ');
    }
}

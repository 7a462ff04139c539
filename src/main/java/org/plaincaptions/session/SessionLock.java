package org.plaincaptions.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks a session as being written, so another Plain Captions (or this one's list of past sessions)
 * does not take it for interrupted. The operating system drops the lock when the process dies, even
 * by {@code kill -9}, which is exactly when a session becomes interrupted.
 *
 * <p>A process holds POSIX locks per file, and closing any channel on a locked file drops them; so
 * this process never probes a lock it holds itself, it remembers them instead.
 */
final class SessionLock {
    private static final Logger LOGGER = LoggerFactory.getLogger(SessionLock.class);
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private SessionLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns null if someone holds it. */
    static SessionLock take(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        if (!HELD_HERE.add(key)) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(key);
                return null;
            }
            return new SessionLock(key, channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            if (channel != null) {
                channel.close();
            }
            HELD_HERE.remove(key);
            throw e instanceof IOException io ? io : new IOException("the session is locked twice", e);
        }
    }

    /** Whether a Plain Captions (this one or another) is writing the session with this lock file. */
    static boolean isHeld(Path lockFile) {
        Path key = lockFile.toAbsolutePath().normalize();
        if (HELD_HERE.contains(key)) {
            return true;
        }
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // A lock file we cannot open is not a session being written by us or a user's other copy.
            LOGGER.debug("Cannot probe {}: {}", lockFile, e.toString());
            return false;
        }
    }

    /** Releases the lock and removes the lock file. */
    void release() {
        try {
            Files.deleteIfExists(file); // before unlocking, so nobody locks a file about to vanish
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOGGER.warn("Releasing {}: {}", file, e.toString());
        } finally {
            HELD_HERE.remove(file);
        }
    }
}

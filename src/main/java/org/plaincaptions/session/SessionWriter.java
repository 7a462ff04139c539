package org.plaincaptions.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one session's final captions and gaps to its file as they happen, on a thread of its own so
 * a slow disk never holds up recognition. Each line reaches the operating system at once (so a crash
 * of the app loses nothing already handed over) and the disk within a second ({@code fsync}), so a
 * power cut loses at most the last second. See docs/decisions/0040-session-files.md.
 *
 * <p>The open utterance's partial is kept too, as a draft line, when what is shown changed and at most
 * once a second ({@link DraftThrottle}, on this same thread's tick), so a crash in the middle of a long
 * utterance loses at most about two seconds of it (docs/decisions/0007-drafts-of-the-open-utterance.md).
 *
 * <p>While the disk refuses writes (full, removed), lines are kept and retried every second, and
 * {@link SessionTrouble} hears about it once each way.
 */
public final class SessionWriter implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(SessionWriter.class);
    private static final long SYNC_MILLIS = 1000;
    private static final long CLOSE_WAIT_SECONDS = 10;
    /** The shortest a draft's word is taken to last when its times are estimated. */
    private static final double MIN_WORD_SECONDS = 0.2;

    private final String id;
    private final Path file;
    private final FileChannel channel;
    private final SessionLock lock;
    private final double offset;
    private final Clock clock;
    private final SessionTrouble trouble;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final DraftThrottle drafts = new DraftThrottle(Duration.ofMillis(SYNC_MILLIS));
    // Writer thread only:
    private final List<byte[]> unsaved = new ArrayList<>();
    private byte[] unsavedDraft; // a newer draft makes it pointless while the disk refuses writes
    private boolean dirty;
    private boolean failing;
    private int captions;
    private double seconds;
    private Instant lastEntryAt;

    SessionWriter(String id, Path file, FileChannel channel, SessionLock lock, double offset, int captionsBefore,
                  Clock clock, SessionTrouble trouble) {
        this.id = id;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.offset = offset;
        this.captions = captionsBefore;
        this.seconds = offset;
        this.clock = clock;
        this.trouble = trouble;
        this.lastEntryAt = clock.instant();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "session-writer");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.scheduleWithFixedDelay(this::sync, SYNC_MILLIS, SYNC_MILLIS, TimeUnit.MILLISECONDS);
        this.thread = executor;
    }

    /** Opens a file to add to its end, creating it if needed; readable too, to mend a cut-off last line. */
    static FileChannel append(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        channel.position(channel.size());
        return channel;
    }

    /** The session's name, e.g. {@code 2026-11-26_101530}. */
    public String id() {
        return id;
    }

    public Path file() {
        return file;
    }

    /**
     * Seconds added to the times of what this writer is given: 0 for a new session, where the session
     * had got to for a resumed one.
     */
    public double offset() {
        return offset;
    }

    /** Records a final caption (empty ones are ignored). Returns at once; any thread. */
    public void said(Caption caption) {
        if (caption.isFinal()) {
            drafts.utteranceEnded();
        }
        if (caption.isFinal() && !caption.isEmpty()) {
            Instant at = clock.instant();
            Caption shifted = new Caption(caption.sequence(), caption.heard().shiftedBy(offset), caption.rewrite());
            submit(() -> {
                lastEntryAt = at;
                captions++;
                seconds = Math.max(seconds, finite(shifted.end()));
                write(SessionLines.said(shifted, at));
            });
        }
    }

    /**
     * The open utterance's partial as shown now: saved as a draft if it changed and none was saved in the
     * last second, else kept for the writer's next tick. Returns at once; the thread that gives finals.
     */
    public void draft(Caption partial) {
        Instant at = clock.instant();
        Caption due = drafts.offer(partial, at);
        if (due != null) {
            submit(() -> writeDraft(due, at));
        }
    }

    /** Records a stretch with no captions. Returns at once; any thread. */
    public void gap(CaptionGap gap) {
        Instant at = clock.instant();
        CaptionGap shifted = new CaptionGap(gap.start() + offset, gap.end() + offset, gap.reason());
        drafts.utteranceEnded();
        submit(() -> {
            lastEntryAt = at;
            seconds = Math.max(seconds, shifted.end());
            write(SessionLines.gap(shifted, at));
        });
    }

    /** Writes the end line, saves everything to disk and releases the session. Waits for the disk. */
    @Override
    public void close() {
        finish(true);
    }

    /** Stops writing without an end line, as a crash would leave it; for tests of recovery. */
    void closeAsIfCrashed() {
        finish(false);
    }

    private void finish(boolean withEndLine) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Instant at = clock.instant();
        if (withEndLine) {
            drafts.utteranceEnded(); // the last final came before; no draft may follow the end line
        }
        try {
            thread.execute(() -> {
                if (withEndLine) {
                    write(SessionLines.end(at, false, captions, seconds));
                }
                sync();
            });
        } catch (RejectedExecutionException e) {
            LOGGER.debug("Session {} writer already stopped", id);
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOGGER.warn("Session {} was not saved within {} s of stopping", id, CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOGGER.warn("Closing session {}: {}", id, e.getMessage());
        }
        lock.release();
        if (!unsaved.isEmpty()) {
            LOGGER.error("Session {} lost {} lines the disk refused", id, unsaved.size());
        }
    }

    private void submit(Runnable task) {
        if (closed.get()) {
            LOGGER.warn("Session {} is closed; a caption came too late to be saved", id);
            return;
        }
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            LOGGER.warn("Session {} is closed; a caption came too late to be saved", id);
        }
    }

    /** Writer thread. */
    private void write(byte[] line) {
        unsaved.add(line);
        flushUnsaved();
    }

    /**
     * Writer thread: a draft starts where the session had got to and lasts as long as it has been since the
     * last entry was handed over (partials have no word times; live audio runs at the clock's pace).
     */
    private void writeDraft(Caption partial, Instant at) {
        double start = seconds;
        int words = partial.words().size();
        double end = start + Math.max(MIN_WORD_SECONDS * words, Duration.between(lastEntryAt, at).toMillis() / 1000.0);
        byte[] line = SessionLines.draft(partial, start, end, at);
        if (unsavedDraft != null) {
            unsaved.remove(unsavedDraft);
        }
        unsavedDraft = line;
        write(line);
    }

    /** Writer thread, every second: save a draft that waited, retry what the disk refused, then make it durable. */
    private void sync() {
        Instant now = clock.instant();
        Caption due = drafts.due(now);
        if (due != null) {
            writeDraft(due, now);
        }
        flushUnsaved();
        if (dirty && unsaved.isEmpty()) {
            try {
                channel.force(false);
                dirty = false;
            } catch (IOException e) {
                failed(e);
            }
        }
    }

    private void flushUnsaved() {
        if (unsaved.isEmpty()) {
            return;
        }
        try {
            if (failing) {
                SessionFiles.endLine(channel); // a refused write may have left half a line
            }
            while (!unsaved.isEmpty()) {
                ByteBuffer buffer = ByteBuffer.wrap(unsaved.get(0));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                unsaved.remove(0);
                dirty = true;
            }
            unsavedDraft = null;
            if (failing) {
                failing = false;
                LOGGER.info("Session {} is being saved again", id);
                trouble.savedAgain();
            }
        } catch (IOException e) {
            failed(e);
        }
    }

    private void failed(IOException e) {
        if (!failing) {
            failing = true;
            LOGGER.warn("Session {} cannot be saved to {}: {}", id, file, e.toString());
            trouble.notSaved("The session is not being saved (" + SessionFiles.reason(e) + " in " + file.getParent()
                    + "); captions go on and saving is retried every second.");
        }
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}

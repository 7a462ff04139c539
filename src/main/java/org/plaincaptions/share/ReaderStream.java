package org.plaincaptions.share;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One reader's open event stream. Frames wait in its own queue and one of the hub's writer threads
 * sends them, so a slow phone holds up neither recognition nor the other readers. Of partials only
 * the newest waits; a reader who falls {@link #MAX_WAITING} frames behind is let go (the browser
 * reconnects and catches up from the recent finals).
 */
final class ReaderStream {
    /** Frames a reader may fall behind before it is disconnected. */
    static final int MAX_WAITING = 1000;

    /** Where the bytes go: the HTTP response, or a list in a test. */
    interface Output {
        /** Writes and flushes; may block until the network takes it (or times out). */
        void write(byte[] bytes) throws IOException;

        /** Ends the response; called once. */
        void close();
    }

    private final Output out;
    private final Executor writers;
    private final Runnable whenClosed;
    private final ArrayDeque<Frame> waiting = new ArrayDeque<>();
    private boolean scheduled; // guarded by this
    private boolean closed; // guarded by this
    private volatile long lastSent;

    ReaderStream(Output out, Executor writers, Runnable whenClosed) {
        this.out = out;
        this.writers = writers;
        this.whenClosed = whenClosed;
    }

    void send(Frame frame) {
        sendAll(List.of(frame));
    }

    void sendAll(List<Frame> frames) {
        boolean overflow = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            for (Frame frame : frames) {
                Frame last = waiting.peekLast();
                if (last != null && last.kind() == Frame.Kind.PARTIAL && frame.kind() != Frame.Kind.STATUS) {
                    waiting.removeLast(); // a newer partial or its final makes a waiting partial stale
                }
                waiting.addLast(frame);
            }
            overflow = waiting.size() > MAX_WAITING;
            if (!overflow && !scheduled && !waiting.isEmpty()) {
                scheduled = true;
                try {
                    writers.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    overflow = true; // the server is stopping
                }
            }
        }
        if (overflow) {
            close();
        }
    }

    /** A comment line, so that idle connections stay open and dead ones are noticed. */
    void heartbeat() {
        synchronized (this) {
            if (closed || scheduled || !waiting.isEmpty()) {
                return;
            }
            scheduled = true;
        }
        try {
            writers.execute(() -> {
                try {
                    out.write(": still here\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    close();
                    return;
                } finally {
                    synchronized (this) {
                        scheduled = false;
                    }
                }
                sendAll(List.of());
            });
        } catch (RejectedExecutionException e) {
            close();
        }
    }

    private void drain() {
        while (true) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long last;
            synchronized (this) {
                if (closed || waiting.isEmpty()) {
                    scheduled = false;
                    return;
                }
                last = waiting.peekLast().id();
                for (Frame frame : waiting) {
                    bytes.writeBytes(frame.bytes());
                }
                waiting.clear();
            }
            try {
                out.write(bytes.toByteArray());
                lastSent = last;
            } catch (IOException e) {
                close();
                return;
            }
        }
    }

    /** The id of the last event this reader was sent. */
    long lastSent() {
        return lastSent;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.clear();
        }
        try {
            out.close();
        } finally {
            whenClosed.run();
        }
    }
}

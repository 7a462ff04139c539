package org.plaincaptions.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.plaincaptions.captions.Caption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the room's events to every reader (docs/decisions/0061). Producers (the recognition thread,
 * the FX thread) only put events on a queue and never wait; the {@code share-fanout} thread numbers
 * them in the {@link RoomFeed} and queues them for each reader; {@code share-writer} threads write
 * them to the network. Joining (a server thread) takes the feed's catch-up under the same lock, so a
 * reader misses nothing between what it was sent on joining and what follows.
 */
public final class ReaderHub implements AutoCloseable, RoomEvents {
    private static final Logger LOGGER = LoggerFactory.getLogger(ReaderHub.class);
    static final int WRITERS = 16;
    private static final long HEARTBEAT_SECONDS = 10;

    private sealed interface Event permits Begin, CaptionEvent, StatusEvent, Stop {
    }

    private record Begin(String session, RoomState state, String text) implements Event {
    }

    private record CaptionEvent(Caption caption) implements Event {
    }

    private record StatusEvent(RoomState state, String text) implements Event {
    }

    private record Stop() implements Event {
    }

    private final RoomFeed feed;
    private final int maxReaders;
    private final LinkedBlockingQueue<Event> inbox = new LinkedBlockingQueue<>();
    private final Set<ReaderStream> readers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService writers;
    private final ScheduledExecutorService heartbeat;
    private final Thread fanout;
    private final List<IntConsumer> readerCounts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** @param maxReaders open streams at most; one more gets "the room is full" */
    public ReaderHub(int maxReaders) {
        this(maxReaders, System.currentTimeMillis() * 1000);
    }

    ReaderHub(int maxReaders, long firstId) {
        this.feed = new RoomFeed(firstId);
        this.maxReaders = maxReaders;
        this.writers = Executors.newFixedThreadPool(WRITERS, named("share-writer"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(named("share-heartbeat"));
        this.fanout = named("share-fanout").newThread(this::fanOut);
        fanout.start();
        heartbeat.scheduleWithFixedDelay(() -> readers.forEach(ReaderStream::heartbeat),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** A new session: readers who join from now on see only its captions. Any thread; never waits. */
    public void begin(String session) {
        inbox.add(new Begin(session, RoomState.LISTENING, RoomState.LISTENING.text()));
    }

    /** A partial or final caption of the current session. Any thread (the recognition thread); never waits. */
    public void caption(Caption caption) {
        inbox.add(new CaptionEvent(caption));
    }

    /** The room's state changed. Any thread; never waits. */
    public void status(RoomState state) {
        status(state, state.text());
    }

    public void status(RoomState state, String text) {
        inbox.add(new StatusEvent(state, text));
    }

    /** Readers with a stream open now. */
    public int readers() {
        return count.get();
    }

    public int maxReaders() {
        return maxReaders;
    }

    /** Told the number of readers whenever it changes, on a server or writer thread. */
    public void onReaderCount(IntConsumer listener) {
        readerCounts.add(listener);
    }

    /**
     * Opens a stream for a reader and queues what it missed: everything after {@code lastSeen}, or the
     * current status and recent finals. Empty when the room is full (or closing).
     */
    Optional<ReaderStream> join(ReaderStream.Output out, OptionalLong lastSeen) {
        if (closed) {
            return Optional.empty();
        }
        if (count.incrementAndGet() > maxReaders) {
            count.decrementAndGet();
            return Optional.empty();
        }
        ReaderStream[] holder = new ReaderStream[1];
        ReaderStream stream = new ReaderStream(out, writers, () -> left(holder[0]));
        holder[0] = stream;
        List<Frame> catchUp;
        synchronized (feed) {
            catchUp = feed.since(lastSeen);
            readers.add(stream);
        }
        stream.sendAll(catchUp);
        tellCount();
        return Optional.of(stream);
    }

    private void left(ReaderStream stream) {
        if (readers.remove(stream)) {
            count.decrementAndGet();
            tellCount();
        }
    }

    private void tellCount() {
        int now = count.get();
        readerCounts.forEach(l -> {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                LOGGER.warn("Reader count listener failed: {}", e.toString());
            }
        });
    }

    private void fanOut() {
        List<Event> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(inbox.take());
                inbox.drainTo(batch);
                for (int i = 0; i < batch.size(); i++) {
                    Event event = batch.get(i);
                    if (event instanceof Stop) {
                        return;
                    }
                    if (isStalePartial(batch, i)) {
                        continue; // a newer partial or its final is already here
                    }
                    Frame frame;
                    synchronized (feed) {
                        if (event instanceof Begin b) {
                            frame = feed.begin(b.session(), b.state(), b.text());
                        } else if (event instanceof CaptionEvent c) {
                            frame = feed.caption(c.caption());
                        } else {
                            StatusEvent s = (StatusEvent) event;
                            frame = feed.status(s.state(), s.text());
                        }
                        for (ReaderStream reader : readers) {
                            reader.send(frame);
                        }
                    }
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOGGER.error("Readers' feed stopped", e);
        }
    }

    private static boolean isStalePartial(List<Event> batch, int i) {
        if (!(batch.get(i) instanceof CaptionEvent c) || c.caption().isFinal()) {
            return false;
        }
        for (int j = i + 1; j < batch.size(); j++) {
            if (batch.get(j) instanceof CaptionEvent) {
                return true;
            }
        }
        return false;
    }

    /** The session readers are shown now ("" before the first). */
    public String session() {
        synchronized (feed) {
            return feed.session();
        }
    }

    public RoomState state() {
        synchronized (feed) {
            return feed.state();
        }
    }

    /** Ends every stream and the hub's threads; events published later are ignored. */
    @Override
    public void close() {
        closed = true;
        inbox.add(new Stop());
        try {
            fanout.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeat.shutdownNow();
        writers.shutdown(); // what is queued (the last status) is still written
        try {
            writers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writers.shutdownNow();
        new ArrayList<>(readers).forEach(ReaderStream::close);
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name.equals("share-writer") ? name + "-" + n.incrementAndGet() : name);
            t.setDaemon(true);
            return t;
        };
    }
}

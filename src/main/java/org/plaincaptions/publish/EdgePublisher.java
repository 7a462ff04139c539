package org.plaincaptions.publish;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.share.ReaderEvents;
import org.plaincaptions.share.RoomEvents;
import org.plaincaptions.share.RoomState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a room's reader events to an edge server (nginx with nchan, docs/decisions/0065): the same
 * JSON as the laptop's own {@code /events}. The pipeline's threads only put events in the {@link Outbox}
 * and never wait on the network; the {@code edge-publisher} thread posts them in order, retries with
 * back-off while the edge is unreachable (the facilitator is told once, and again when it is back), then
 * sends what the edge missed, and the recent finals again when it had lost them.
 */
public final class EdgePublisher implements RoomEvents, AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(EdgePublisher.class);
    /** A quiet room's edge is asked this often whether it still holds the room (it may have restarted). */
    static final long IDLE_CHECK_MILLIS = 15_000;
    private static final long DRAIN_MILLIS = 3_000;

    private final EdgeAddress address;
    private final EdgeLink link;
    private final Consumer<PublishNotice> notices;
    private final Outbox outbox = new Outbox();
    private final Backoff backoff;
    private final Thread thread;
    private volatile String session = "";
    private volatile boolean stopping;
    private volatile boolean reachable = true;
    private long lastPostMillis;

    EdgePublisher(EdgeAddress address, EdgeLink link, Consumer<PublishNotice> notices, Backoff backoff) {
        this.address = address;
        this.link = link;
        this.notices = notices;
        this.backoff = backoff;
        this.thread = new Thread(this::run, "edge-publisher");
        thread.setDaemon(true);
    }

    /** Starts publishing to {@code address}; {@code notices} hears, on the publisher thread, when the edge is lost and back. */
    public static EdgePublisher start(EdgeAddress address, Consumer<PublishNotice> notices) {
        EdgePublisher publisher = new EdgePublisher(address, new HttpEdgeLink(), notices, new Backoff(250, 5_000));
        publisher.thread.start();
        LOGGER.info("Publishing captions to {}", address);
        return publisher;
    }

    EdgePublisher started() {
        thread.start();
        return this;
    }

    public EdgeAddress address() {
        return address;
    }

    /** Whether the last attempt to reach the edge worked. */
    public boolean reachable() {
        return reachable;
    }

    @Override
    public void begin(String session) {
        this.session = session;
        outbox.begin(ReaderEvents.status(session, RoomState.LISTENING, RoomState.LISTENING.text()));
    }

    @Override
    public void caption(Caption caption) {
        String json = ReaderEvents.caption(session, caption);
        if (caption.isFinal() && !caption.isEmpty()) {
            outbox.finalCaption(caption.sequence(), json);
        } else {
            outbox.liveLine(caption.sequence(), json);
        }
    }

    @Override
    public void status(RoomState state, String text) {
        outbox.status(ReaderEvents.status(session, state, text));
    }

    private void run() {
        boolean probe = false;
        long lastContact = System.nanoTime();
        try {
            while (!stopping || !outbox.isEmpty()) {
                Optional<Outbox.Item> next = outbox.next(1000);
                try {
                    if (probe || (next.isEmpty() && idleFor(lastContact) > IDLE_CHECK_MILLIS)) {
                        int refilled = outbox.afterProbe(link.held(address.captions()));
                        lastContact = System.nanoTime();
                        probe = false;
                        if (next.isEmpty()) {
                            inTouch(refilled); // with something waiting, only its post proves the edge takes it
                        }
                        continue; // what the edge lost may now go first
                    }
                    if (next.isEmpty()) {
                        continue;
                    }
                    send(next.get());
                    lastContact = System.nanoTime();
                } catch (EdgeException e) {
                    if (e.dropMessage()) {
                        LOGGER.warn("The edge at {} refused a message: {}", address, e.reason());
                        outbox.delivered(next.orElseThrow());
                        continue;
                    }
                    if (stopping) {
                        return; // the edge is unreachable: the rest is not waited for
                    }
                    lost(e.reason());
                    probe = true;
                    Thread.sleep(backoff.nextMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOGGER.error("Publishing to {} stopped", address, e);
            notices.accept(new PublishNotice(true, "Publishing to the edge at " + address + " stopped: " + e));
        }
    }

    private void send(Outbox.Item item) throws EdgeException, InterruptedException {
        int refilled = 0;
        if (item instanceof Outbox.Post post) {
            boolean live = post.channel() == Outbox.Channel.LIVE;
            int held = link.post(live ? address.live() : address.captions(), post.json());
            outbox.delivered(item);
            lastPostMillis = System.currentTimeMillis();
            refilled = live ? 0 : outbox.afterPost(post, held);
        } else {
            // Only channels that hold messages: nchan 1.3.6 deleting an empty channel that multiplexed
            // readers wait on leaves those readers' next streams empty (docs/decisions/0065).
            for (java.net.URI channel : java.util.List.of(address.captions(), address.live())) {
                if (link.held(channel) > 0) {
                    link.delete(channel);
                }
            }
            // nchan's message ids start with the second: a reader resuming from the old room's last id must
            // find the new room's first message later than it, so the new room begins in a later second.
            long wait = (lastPostMillis / 1000 + 1) * 1000 - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            outbox.delivered(item);
        }
        backoff.reset();
        inTouch(refilled);
    }

    /** The edge answered; {@code refilled} finals it had lost are to be sent again. */
    private void inTouch(int refilled) {
        if (!reachable) {
            reachable = true;
            int missed = outbox.finalsWaiting();
            LOGGER.info("The edge at {} is reachable again; {} captions to send", address, missed);
            notices.accept(new PublishNotice(false, "Publishing to the edge at " + address + " again: its readers"
                    + " catch up (" + missed + " caption" + (missed == 1 ? "" : "s") + " to send)."));
        } else if (refilled > 0) {
            LOGGER.info("The edge at {} had lost the room; sending its {} recent captions again", address, refilled);
        }
    }

    private void lost(String reason) {
        if (reachable) {
            reachable = false;
            LOGGER.warn("Cannot publish to the edge at {}: {}", address, reason);
            notices.accept(new PublishNotice(true, "Cannot publish to the edge at " + address + " (" + reason
                    + "): captions go on here; retrying, and its readers catch up when it is back."));
        }
    }

    private static long idleFor(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }

    /**
     * Tells the edge's readers captions are no longer shared, sends what waits (up to 3 s while the edge
     * is reachable) and stops. Any thread.
     */
    @Override
    public void close() {
        status(RoomState.STOPPED, RoomState.STOPPED.text());
        stopping = true;
        try {
            outbox.awaitEmpty(reachable ? DRAIN_MILLIS : 0);
            thread.interrupt();
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = outbox.finalsWaiting();
        if (left > 0) {
            notices.accept(new PublishNotice(true, left + " caption" + (left == 1 ? "" : "s")
                    + " did not reach the edge at " + address + ": it could not be reached. They are in this"
                    + " computer's transcript."));
        }
        long dropped = outbox.dropped();
        if (dropped > 0) {
            LOGGER.warn("{} messages for {} were dropped while it was unreachable", dropped, address);
        }
        if (link instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOGGER.debug("Closing the edge link: {}", e.toString());
            }
        }
    }
}

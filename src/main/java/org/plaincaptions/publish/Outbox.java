package org.plaincaptions.publish;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What is still to reach the edge, in order, and what the edge should hold. The pipeline's threads add
 * to it and never wait (a short lock, no I/O under it); the publisher thread takes the head, posts it and
 * only then removes it, so nothing is lost while the edge is unreachable. Bounded: past
 * {@link #CAPACITY} waiting messages the oldest is dropped. Of the caption still being spoken only the
 * newest is kept. The current session's recent finals are kept too: when the edge has lost them (it
 * restarted) they are sent again, so late joiners' scroll-back there has no hole.
 */
final class Outbox {
    /** Waiting messages at most: about 50 minutes of finals at live pace. */
    static final int CAPACITY = 1000;
    /** Finals sent again to an edge that lost them, as many as the laptop keeps (RoomFeed). */
    static final int RECENT_FINALS = 200;

    enum Channel { CAPTIONS, LIVE }

    sealed interface Item permits Post, Reset {
    }

    /** A message for one of the room's channels; {@code caption} is the caption's id, or -1 for a status. */
    record Post(long seq, Channel channel, long caption, String json) implements Item {
        boolean isFinal() {
            return channel == Channel.CAPTIONS && caption >= 0;
        }
    }

    /** A new session: the edge forgets the room's messages (its readers are sent no other session's words). */
    record Reset(long seq) implements Item {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<Item> waiting = new ArrayDeque<>();
    private final Deque<Post> recent = new ArrayDeque<>();
    private Post live;
    private Post status;
    private long seq;
    private long dropped;
    /** Messages the edge took on its captions channel since it last forgot (a reset or a restart). */
    private long heldByEdge;

    /** A new session begins with its status. */
    void begin(String statusJson) {
        lock.lock();
        try {
            recent.clear();
            live = null;
            add(new Reset(++seq));
            status = post(Channel.CAPTIONS, -1, statusJson);
            add(status);
        } finally {
            lock.unlock();
        }
    }

    void status(String json) {
        lock.lock();
        try {
            status = post(Channel.CAPTIONS, -1, json);
            add(status);
        } finally {
            lock.unlock();
        }
    }

    /** A finished caption with words: it joins the recent finals, and the live line it ends is dropped. */
    void finalCaption(long caption, String json) {
        lock.lock();
        try {
            Post p = post(Channel.CAPTIONS, caption, json);
            recent.addLast(p);
            while (recent.size() > RECENT_FINALS) {
                recent.removeFirst();
            }
            if (live != null && live.caption() <= caption) {
                live = null;
            }
            add(p);
        } finally {
            lock.unlock();
        }
    }

    /** The caption being spoken now (or an empty final that clears it): replaces any not yet sent. */
    void liveLine(long caption, String json) {
        lock.lock();
        try {
            live = post(Channel.LIVE, caption, json);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The next thing to send (left in place until {@link #delivered}), waiting up to {@code millis} for one. */
    Optional<Item> next(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (waiting.isEmpty() && live == null && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return Optional.ofNullable(waiting.isEmpty() ? live : waiting.peekFirst());
        } finally {
            lock.unlock();
        }
    }

    /** The edge took {@code item}; it leaves the outbox. */
    void delivered(Item item) {
        lock.lock();
        try {
            if (waiting.peekFirst() == item) {
                waiting.removeFirst();
                if (item instanceof Reset) {
                    heldByEdge = 0;
                } else if (((Post) item).channel() == Channel.CAPTIONS) {
                    heldByEdge++;
                }
            } else if (live == item) {
                live = null;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * After a post to the captions channel the edge said it holds {@code messages}: one, when it took
     * more since the session began, means it forgot the rest (it restarted). Returns how many finals are
     * sent again.
     */
    int afterPost(Post post, int messages) {
        lock.lock();
        try {
            return messages >= 0 && messages <= 1 && heldByEdge > 1 ? refill(post.seq()) : 0;
        } finally {
            lock.unlock();
        }
    }

    /** Back in touch, the edge holds {@code messages} on the captions channel (0: no such channel). */
    int afterProbe(int messages) {
        lock.lock();
        try {
            return messages == 0 && heldByEdge > 0
                    ? refill(waiting.stream().mapToLong(Outbox::seqOf).min().orElse(Long.MAX_VALUE)) : 0;
        } finally {
            lock.unlock();
        }
    }

    /** The edge lost the room: the status and the recent finals it had before {@code firstWaiting} go first. */
    private int refill(long firstWaiting) {
        heldByEdge = 0;
        List<Post> again = new ArrayList<>();
        if (status != null && status.seq() < firstWaiting) {
            again.add(status);
        }
        recent.stream().filter(p -> p.seq() < firstWaiting).forEach(again::add);
        for (int i = again.size() - 1; i >= 0; i--) {
            waiting.addFirst(again.get(i));
        }
        changed.signalAll();
        return (int) again.stream().filter(Post::isFinal).count();
    }

    /** Finals not yet on the edge. */
    int finalsWaiting() {
        lock.lock();
        try {
            return (int) waiting.stream().filter(i -> i instanceof Post p && p.isFinal()).count();
        } finally {
            lock.unlock();
        }
    }

    boolean isEmpty() {
        lock.lock();
        try {
            return waiting.isEmpty() && live == null;
        } finally {
            lock.unlock();
        }
    }

    /** Messages dropped because too many waited (the edge was unreachable for a long time). */
    long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until everything is sent, up to {@code millis}; true when it was. */
    boolean awaitEmpty(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (!(waiting.isEmpty() && live == null) && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return waiting.isEmpty() && live == null;
        } finally {
            lock.unlock();
        }
    }

    private Post post(Channel channel, long caption, String json) {
        return new Post(++seq, channel, caption, json);
    }

    private void add(Item item) {
        if (waiting.size() >= CAPACITY) {
            waiting.removeFirst();
            dropped++;
        }
        waiting.addLast(item);
        changed.signalAll();
    }

    private static long seqOf(Item item) {
        return item instanceof Post p ? p.seq() : ((Reset) item).seq();
    }
}

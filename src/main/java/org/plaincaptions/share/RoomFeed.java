package org.plaincaptions.share;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import org.plaincaptions.captions.Caption;

/**
 * What a reader who joins now needs: the current session's recent finals, its latest partial and the
 * room's status, each as a numbered {@link Frame}. Only the current session is kept: a new session
 * forgets the last one, so no reader is sent another session's transcript. Not thread-safe: the
 * {@link ReaderHub} calls it under its lock.
 */
final class RoomFeed {
    /** Finals kept for late joiners (the issue asks for at least 50). */
    static final int RECENT_FINALS = 200;

    private final Deque<Frame> finals = new ArrayDeque<>();
    private final long firstId;
    private long lastId;
    private String session = "";
    private Frame status;
    private RoomState state = RoomState.NOT_STARTED;
    private Frame partial;
    private long partialCaption = -1;

    /**
     * @param firstId the first event's id; ids of a restarted server go on above the old ones when this
     *                is taken from the clock, so a browser's old {@code Last-Event-ID} is never mistaken
     *                for a new event's
     */
    RoomFeed(long firstId) {
        this.firstId = firstId;
        this.lastId = firstId - 1;
        this.status = frame(Frame.Kind.STATUS, ReaderEvents.status(session, RoomState.NOT_STARTED,
                RoomState.NOT_STARTED.text()));
    }

    String session() {
        return session;
    }

    /** A new session: its recent captions start empty. Returns the status frame that says so. */
    Frame begin(String sessionId, RoomState state, String text) {
        session = sessionId;
        finals.clear();
        partial = null;
        partialCaption = -1;
        return status(state, text);
    }

    Frame status(RoomState state, String text) {
        this.state = state;
        status = frame(Frame.Kind.STATUS, ReaderEvents.status(session, state, text));
        return status;
    }

    RoomState state() {
        return state;
    }

    /** The frame for a caption; a final replaces its partial and joins the recent finals. */
    Frame caption(Caption caption) {
        if (!caption.isFinal()) {
            partial = frame(Frame.Kind.PARTIAL, ReaderEvents.caption(session, caption));
            partialCaption = caption.sequence();
            return partial;
        }
        Frame done = frame(Frame.Kind.FINAL, ReaderEvents.caption(session, caption));
        if (partialCaption == caption.sequence()) {
            partial = null;
        }
        if (!caption.isEmpty()) {
            finals.addLast(done);
            while (finals.size() > RECENT_FINALS) {
                finals.removeFirst();
            }
        }
        return done;
    }

    /**
     * What a reader gets on joining, in order. With the id of the last event a browser saw (it
     * reconnected), only what came after, when this server still holds all of that; otherwise the
     * status, the recent finals and the partial.
     */
    List<Frame> since(OptionalLong lastSeen) {
        List<Frame> all = new ArrayList<>(finals.size() + 2);
        all.add(status);
        all.addAll(finals);
        if (partial != null) {
            all.add(partial);
        }
        all.sort(Comparator.comparingLong(Frame::id));
        if (lastSeen.isEmpty() || lastSeen.getAsLong() > lastId || lastSeen.getAsLong() < oldestKept()) {
            return all;
        }
        long after = lastSeen.getAsLong();
        return all.stream().filter(f -> f.id() > after).toList();
    }

    /** Below this id, events of the current session may have been forgotten. */
    private long oldestKept() {
        return finals.size() < RECENT_FINALS ? firstId : finals.peekFirst().id();
    }

    private Frame frame(Frame.Kind kind, String json) {
        return new Frame(++lastId, kind, json);
    }
}

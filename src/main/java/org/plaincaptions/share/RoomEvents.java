package org.plaincaptions.share;

import java.util.List;
import org.plaincaptions.captions.Caption;

/**
 * Where a room's events go: the laptop's own readers ({@link ReaderHub}) or an edge server the laptop
 * publishes to (org.plaincaptions.publish). Called on the pipeline's threads: implementations never wait.
 */
public interface RoomEvents {
    /** A new session: what comes next belongs to it; earlier sessions' captions are forgotten. */
    void begin(String session);

    /** A partial or final caption of the current session. */
    void caption(Caption caption);

    /** The room's state changed. */
    void status(RoomState state, String text);

    default void status(RoomState state) {
        status(state, state.text());
    }

    /** Every event to each of {@code rooms}, in order. */
    static RoomEvents all(RoomEvents... rooms) {
        List<RoomEvents> each = List.of(rooms);
        return new RoomEvents() {
            @Override
            public void begin(String session) {
                each.forEach(r -> r.begin(session));
            }

            @Override
            public void caption(Caption caption) {
                each.forEach(r -> r.caption(caption));
            }

            @Override
            public void status(RoomState state, String text) {
                each.forEach(r -> r.status(state, text));
            }
        };
    }
}

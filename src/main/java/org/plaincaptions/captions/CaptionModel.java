package org.plaincaptions.captions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the caption screen shows: the recent finals plus the latest partial, as lines, for both tracks.
 *
 * <p>Text flows on from line to line as people speak. Lines filled by final results never change
 * again, and a growing partial only adds words at the end, so words on screen stay where they are.
 * Not thread-safe: owned by one thread (the FX thread for the screen).
 */
public final class CaptionModel {
    /** Lines kept above the visible ones, enough for a preview or a short look back. */
    private static final int KEPT_LINES = 200;

    private final CaptionLayout layout;
    private final LineBreaker breaker;
    private final Map<Track, Flow> flows = new EnumMap<>(Track.class);
    private Caption latestFinal;
    private Caption partial;

    public CaptionModel(CaptionLayout layout) {
        this.layout = layout;
        this.breaker = layout.breaker();
        for (Track track : Track.values()) {
            flows.put(track, new Flow());
        }
    }

    public CaptionLayout layout() {
        return layout;
    }

    /** Takes the next caption update: a partial replaces the previous partial, a final commits. */
    public void accept(Caption caption) {
        if (caption.isFinal()) {
            partial = null;
            if (!caption.isEmpty()) {
                latestFinal = caption;
                flows.forEach((track, flow) -> flow.commit(caption.text(track)));
            }
        } else {
            partial = caption.isEmpty() ? null : caption;
        }
    }

    /** Hides everything shown so far, as if the session had just started. */
    public void clear() {
        flows.values().forEach(Flow::clear);
        partial = null;
        latestFinal = null;
    }

    /** The lines to show now for a track: at most {@code maxLines}, newest at the bottom. */
    public List<String> visibleLines(Track track) {
        List<String> all = allLines(track);
        return List.copyOf(all.subList(Math.max(0, all.size() - layout.maxLines()), all.size()));
    }

    /** Every line still held for a track, oldest first, including the partial's. */
    public List<String> allLines(Track track) {
        Flow flow = flows.get(track);
        List<String> lines = new ArrayList<>(flow.committed);
        String open = flow.open;
        if (partial != null) {
            String text = partial.text(track);
            open = open.isEmpty() ? text : open + " " + text;
        }
        lines.addAll(breaker.lines(open));
        return lines;
    }

    public Caption partial() {
        return partial;
    }

    public Caption latestFinal() {
        return latestFinal;
    }

    /** The filled lines of one track, and the last line that finals have only partly filled. */
    private final class Flow {
        private final Deque<String> committed = new ArrayDeque<>();
        private String open = "";

        void commit(String text) {
            if (text.isBlank()) {
                return;
            }
            List<String> lines = breaker.lines(open.isEmpty() ? text : open + " " + text);
            for (int i = 0; i < lines.size() - 1; i++) {
                committed.addLast(lines.get(i));
            }
            open = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            while (committed.size() > KEPT_LINES) {
                committed.removeFirst();
            }
        }

        void clear() {
            committed.clear();
            open = "";
        }
    }
}

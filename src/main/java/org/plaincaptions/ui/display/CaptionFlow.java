package org.plaincaptions.ui.display;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.Track;

/**
 * What the caption screen shows, word by word: finals flow on from line to line and the latest partial
 * follows them. Lines are filled greedily from a fixed start, so a line that finals have filled never
 * changes and a growing partial only adds words after the ones already shown. Each line has a number
 * that stays with it, so the screen can move lines up instead of redrawing them. Not thread-safe: the
 * FX thread owns it. (Unlike {@code CaptionModel} it keeps which words the plain stage changed.)
 */
public final class CaptionFlow {
    /** Lines kept above the newest: the fill position and a preview never show more. */
    private static final int KEPT_LINES = 200;

    private final Map<Track, Words> tracks = new EnumMap<>(Track.class);
    private Caption partial;

    public CaptionFlow(int maxChars) {
        for (Track track : Track.values()) {
            tracks.put(track, new Words(LineRule.chars(maxChars)));
        }
    }

    public int maxChars() {
        return tracks.get(Track.PLAIN).rule.maxChars();
    }

    /** A new line length for every track: every line still kept is broken again, from the same first word. */
    public void setMaxChars(int chars) {
        for (Track track : Track.values()) {
            setRule(track, LineRule.chars(chars));
        }
    }

    /** How full a line of {@code track} may be; a new rule breaks the lines kept again, from the same first word. */
    void setRule(Track track, LineRule rule) {
        Words words = tracks.get(track);
        if (!words.rule.equals(rule)) {
            words.rule = rule;
            words.rebreak();
        }
    }

    public void accept(Caption caption) {
        if (caption.isFinal()) {
            partial = null;
            if (!caption.isEmpty()) {
                tracks.forEach((track, words) -> words.commit(MarkedWords.of(caption, track)));
            }
        } else {
            partial = caption.isEmpty() ? null : caption;
        }
    }

    /** Starts the screen afresh: nothing shown, the next words on a new line. */
    public void clear() {
        tracks.values().forEach(Words::clear);
        partial = null;
    }

    /** The newest {@code count} lines of a track, oldest first. */
    public List<ShownLine> lines(Track track, int count) {
        Words words = tracks.get(track);
        List<ShownWord> open = new ArrayList<>(words.open);
        if (partial != null) {
            open.addAll(MarkedWords.of(partial, track));
        }
        List<List<ShownWord>> openLines = LineFill.lines(open, words.rule);
        int fromOpen = Math.min(count, openLines.size());
        int fromCommitted = Math.min(count - fromOpen, words.committed.size());
        List<ShownLine> shown = new ArrayList<>(fromCommitted + fromOpen);
        long number = words.committedTotal - fromCommitted;
        List<List<ShownWord>> committed = new ArrayList<>(words.committed);
        for (List<ShownWord> line : committed.subList(committed.size() - fromCommitted, committed.size())) {
            shown.add(new ShownLine(number++, line));
        }
        number = words.committedTotal + openLines.size() - fromOpen;
        for (List<ShownWord> line : openLines.subList(openLines.size() - fromOpen, openLines.size())) {
            shown.add(new ShownLine(number++, line));
        }
        return shown;
    }

    /** One track's words: whole lines already filled, and the words of the line finals are filling. */
    private final class Words {
        private final Deque<List<ShownWord>> committed = new ArrayDeque<>();
        private long committedTotal;
        private List<ShownWord> open = List.of();
        private LineRule rule;

        Words(LineRule rule) {
            this.rule = rule;
        }

        void commit(List<ShownWord> words) {
            if (words.isEmpty()) {
                return;
            }
            List<ShownWord> all = new ArrayList<>(open);
            all.addAll(words);
            List<List<ShownWord>> lines = LineFill.lines(all, rule);
            for (int i = 0; i < lines.size() - 1; i++) {
                committed.addLast(lines.get(i));
                committedTotal++;
            }
            open = lines.isEmpty() ? List.of() : lines.get(lines.size() - 1);
            while (committed.size() > KEPT_LINES) {
                committed.removeFirst();
            }
        }

        void rebreak() {
            List<ShownWord> all = new ArrayList<>();
            committed.forEach(all::addAll);
            all.addAll(open);
            committed.clear();
            open = List.of();
            commit(all);
        }

        void clear() {
            committed.clear();
            open = List.of();
            committedTotal++; // the next words start a new line
        }
    }
}

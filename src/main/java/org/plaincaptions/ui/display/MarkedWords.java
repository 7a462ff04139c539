package org.plaincaptions.ui.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.Track;
import org.plaincaptions.plain.Change;

/** The words of a caption, each marked when the plain-language stage changed it. */
public final class MarkedWords {
    private MarkedWords() {
    }

    public static List<ShownWord> of(Caption caption, Track track) {
        return track == Track.PLAIN ? plain(caption) : raw(caption);
    }

    /** Plain words, marked where a change put words (a replacement or an explanation in brackets). */
    public static List<ShownWord> plain(Caption caption) {
        String text = caption.plain();
        List<ShownWord> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new ShownWord(text.substring(start, i), changed(caption.changes(), start, i)));
            }
        }
        return words;
    }

    /** Words as said, marked where the plain captions show something else instead. */
    public static List<ShownWord> raw(Caption caption) {
        String[] said = split(caption.raw());
        boolean[] marked = new boolean[said.length];
        int from = 0;
        for (Change change : caption.changes()) {
            String[] original = split(change.original().toLowerCase(Locale.ROOT));
            if (original.length == 0) {
                continue;
            }
            int at = find(said, original, from);
            if (at >= 0) {
                for (int k = 0; k < original.length; k++) {
                    marked[at + k] = true;
                }
                from = at + original.length;
            }
        }
        List<ShownWord> words = new ArrayList<>(said.length);
        for (int k = 0; k < said.length; k++) {
            words.add(new ShownWord(said[k], marked[k]));
        }
        return words;
    }

    private static boolean changed(List<Change> changes, int start, int end) {
        for (Change change : changes) {
            if (change.plainEnd() > change.plainStart() && change.plainStart() < end && start < change.plainEnd()) {
                return true;
            }
        }
        return false;
    }

    private static int find(String[] said, String[] original, int from) {
        for (int i = from; i + original.length <= said.length; i++) {
            boolean match = true;
            for (int k = 0; k < original.length && match; k++) {
                match = said[i + k].toLowerCase(Locale.ROOT).equals(original[k]);
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    private static String[] split(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }
}

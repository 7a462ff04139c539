package org.plaincaptions.captions;

import java.util.ArrayList;
import java.util.List;
import org.plaincaptions.speech.Word;

/**
 * Cuts a final caption into subtitle cues that fit the layout, timed from the recogniser's word
 * timings. Plain text has no timings of its own, so its cue times follow the raw words in proportion.
 */
public final class CueBuilder {
    private final CaptionLayout layout;
    private final LineBreaker breaker;

    public CueBuilder(CaptionLayout layout) {
        this.layout = layout;
        this.breaker = layout.breaker();
    }

    public List<Cue> cues(Caption caption, Track track) {
        List<String> lines = breaker.lines(caption.text(track));
        List<Cue> cues = new ArrayList<>();
        if (lines.isEmpty()) {
            return cues;
        }
        List<Word> words = caption.words();
        int totalWords = countWords(lines, 0, lines.size());
        int wordsBefore = 0;
        for (int from = 0; from < lines.size(); from += layout.maxLines()) {
            int to = Math.min(lines.size(), from + layout.maxLines());
            int inCue = countWords(lines, from, to);
            double start;
            double end;
            if (words.isEmpty()) {
                start = 0;
                end = 0;
            } else {
                int first = Math.min(words.size() - 1, wordsBefore * words.size() / totalWords);
                int last = Math.min(words.size() - 1,
                        Math.max(first, ceilDiv((wordsBefore + inCue) * words.size(), totalWords) - 1));
                start = words.get(first).start();
                end = words.get(last).end();
            }
            cues.add(new Cue(start, end, lines.subList(from, to)));
            wordsBefore += inCue;
        }
        return cues;
    }

    private static int countWords(List<String> lines, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += lines.get(i).split(" ").length;
        }
        return Math.max(1, n);
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}

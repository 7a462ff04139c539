package org.plaincaptions.captions;

import java.util.List;
import org.plaincaptions.plain.Change;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

/**
 * One caption update: what was heard (raw) and what is shown (plain), side by side with their times.
 * Partial captions of the same utterance share a {@code sequence}; the final one closes it.
 */
public record Caption(long sequence, Utterance heard, Rewrite rewrite) {

    public boolean isFinal() {
        return heard.isFinal();
    }

    public String raw() {
        return heard.text();
    }

    public String plain() {
        return rewrite.plain();
    }

    public String text(Track track) {
        return track == Track.RAW ? raw() : plain();
    }

    public List<Word> words() {
        return heard.words();
    }

    public List<Change> changes() {
        return rewrite.changes();
    }

    /** Seconds since the audio source opened; NaN when the recogniser gave no word timings. */
    public double start() {
        return heard.start();
    }

    public double end() {
        return heard.end();
    }

    public boolean isEmpty() {
        return heard.isEmpty();
    }
}

package org.plaincaptions.pipeline;

import java.time.Duration;
import org.plaincaptions.audio.AudioChunk;

/**
 * Ends a long utterance where the speaker breathes (docs/decisions/0005-utterances-cut-at-pauses.md).
 * Vosk ends an utterance only after 0.5-1 s of trailing silence, which fluent speakers rarely leave, so
 * its words stay partial, revised and unsaved for up to 20 s. Once an utterance has words and has run
 * for {@link Settings#after()}, the first run of quiet chunks at least {@link Settings#minPause()} long
 * asks for a cut: the recogniser is then asked for its final result there, which ends the utterance
 * after a word, never inside one (nothing audible is going on during the pause).
 *
 * <p>Quiet is judged from the chunk levels the meter already uses, against the room itself: a noise
 * floor that follows the quietest chunks (falls at once, rises slowly) and a speech level that follows
 * the loudest (rises at once, falls slowly). A chunk is quiet when it is {@link #BELOW_SPEECH_DB}
 * under the speech, or within {@link #ABOVE_FLOOR_DB} of the floor. With speech less than
 * {@link #MIN_SPREAD_DB} above the noise no chunk is quiet, and Vosk's own endpointing is all there
 * is. A 50 ms chunk that quiet is a pause or the closure of a stop consonant; {@link Settings#minPause()}
 * of them in a row (100 ms) is longer than the closures inside a word. Pure and single-threaded: used
 * on the recognition thread.
 */
public final class PauseCutter {
    /** Quiet: this far (dB) below the speech level... */
    static final double BELOW_SPEECH_DB = 35;
    /** ...or this near the noise floor. */
    static final double ABOVE_FLOOR_DB = 6;
    /** Speech and floor closer than this (dB): too noisy to tell a pause, never cut. */
    static final double MIN_SPREAD_DB = 12;
    private static final double FLOOR_RISE_DB_PER_S = 1.0;
    private static final double SPEECH_FALL_DB_PER_S = 2.0;

    /**
     * @param after    how long an utterance runs, from its first words, before a pause may end it
     * @param minPause how long the level must stay quiet to count as a pause
     */
    public record Settings(Duration after, Duration minPause) {
        public static final Settings OFF = new Settings(Duration.ZERO, Duration.ZERO);
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(8), Duration.ofMillis(100));

        public boolean on() {
            return !after.isZero();
        }
    }

    private final double afterSeconds;
    private final double minPauseSeconds;
    private double floor = Double.NaN;
    private double speech = Double.NaN;
    private double wordsFrom = Double.NaN; // run seconds where the open utterance's first words were heard
    private double quietFrom = Double.NaN;
    private boolean cutThisPause;
    private long cuts;
    private double lastPauseStart = Double.NaN;

    public PauseCutter(Settings settings) {
        this.afterSeconds = settings.after().toMillis() / 1000.0;
        this.minPauseSeconds = settings.minPause().toMillis() / 1000.0;
    }

    /**
     * One chunk has been heard. {@code hasWords}: the open utterance shows words now (its partial is not
     * empty). True when the utterance should be ended here.
     */
    public boolean heard(AudioChunk chunk, boolean hasWords) {
        return heard(chunk.levelDbfs(), chunk.startSeconds(), chunk.endSeconds(), hasWords);
    }

    boolean heard(double levelDbfs, double start, double end, boolean hasWords) {
        track(levelDbfs, end - start);
        boolean quiet = isQuiet(levelDbfs);
        if (!quiet) {
            quietFrom = Double.NaN;
            cutThisPause = false;
        } else if (Double.isNaN(quietFrom)) {
            quietFrom = start;
        }
        if (!hasWords) {
            wordsFrom = Double.NaN;
            return false;
        }
        if (Double.isNaN(wordsFrom)) {
            wordsFrom = start;
        }
        if (afterSeconds <= 0 || !quiet || cutThisPause) {
            return false;
        }
        boolean longEnough = end - wordsFrom >= afterSeconds - 1e-9;
        boolean pause = end - quietFrom >= minPauseSeconds - 1e-9;
        if (longEnough && pause) {
            cutThisPause = true;
            lastPauseStart = quietFrom; // one cut per pause; the next one needs sound first
            wordsFrom = Double.NaN;
            cuts++;
            return true;
        }
        return false;
    }

    /** The utterance ended some other way (Vosk's endpointing, a gap): its length starts again. */
    public void ended() {
        wordsFrom = Double.NaN;
    }

    /** Run seconds where the pause that asked for the last cut began; NaN before any. */
    public double pauseStart() {
        return lastPauseStart;
    }

    public long cuts() {
        return cuts;
    }

    boolean isQuiet(double level) {
        if (Double.isNaN(floor)) {
            return false;
        }
        return speech - floor >= MIN_SPREAD_DB && level < Math.max(floor + ABOVE_FLOOR_DB, speech - BELOW_SPEECH_DB);
    }

    private void track(double level, double seconds) {
        if (Double.isNaN(floor)) {
            floor = level;
            speech = level;
            return;
        }
        floor = Math.min(level, floor + FLOOR_RISE_DB_PER_S * seconds);
        speech = Math.max(level, speech - SPEECH_FALL_DB_PER_S * seconds);
        floor = Math.min(floor, speech);
    }
}

package org.plaincaptions.app;

import java.util.List;
import java.util.function.Predicate;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.plain.CommonWords;
import org.plaincaptions.plain.JargonSpotter;
import org.plaincaptions.plain.JargonWord;
import org.plaincaptions.speech.Word;
import org.plaincaptions.ui.FxPipelineBridge;
import org.plaincaptions.ui.control.ControlRoomModel;
import org.plaincaptions.ui.control.ReadabilityWindow;
import org.plaincaptions.ui.control.SoundWatch;
import org.plaincaptions.ui.control.SpeakingRate;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.plaincaptions.ui.display.RoomStatus;

/**
 * The figures the control room shows while captions run, worked out on the FX thread from the same
 * events the screen gets: speaking rate and the slow-down cue, readability said vs shown, jargon
 * heard, the microphone's level and silence, and the status word the room sees.
 */
final class LiveFigures implements FxPipelineBridge.Receiver {
    private static final long JARGON_REFRESH_NANOS = 1_000_000_000L;
    /** dBFS shown as an empty meter; speech usually sits between -40 and -10. */
    private static final double METER_FLOOR_DBFS = -60;

    private final ControlRoomModel room;
    private final CaptionScreenModel screen;
    private final Predicate<String> covered;
    private final SpeakingRate rate = new SpeakingRate();
    private final ReadabilityWindow readability = new ReadabilityWindow();
    private final SoundWatch sound = new SoundWatch();
    private final SoundWatch idleSound = new SoundWatch();
    private final JargonSpotter jargon;
    private long lastJargonRefresh;
    private boolean running;
    private boolean behind;
    private boolean microphoneLost;
    private boolean listeningToMicrophone;
    private double fileSeconds = Double.NaN;
    private boolean fast;
    private int unfinishedWords; // of the utterance in progress, counted in the rate until its final comes

    LiveFigures(ControlRoomModel room, CaptionScreenModel screen, Predicate<String> covered) {
        this.room = room;
        this.screen = screen;
        this.covered = covered;
        this.jargon = new JargonSpotter(covered, CommonWords.everyday());
        room.slowDownAtProperty().addListener((o, a, b) -> showRate());
        room.slowDownOnScreenProperty().addListener((o, a, b) -> showRate());
        room.pausedProperty().addListener((o, a, b) -> {
            showRate(); // no "please slow down" while nobody is being captioned
            showStatus();
        });
    }

    /** A run starts: figures of the session start again. {@code fileSeconds} is NaN for a microphone. */
    void started(boolean microphone, double fileSeconds) {
        started(microphone, fileSeconds, false);
    }

    /** As {@link #started(boolean, double)}; {@code fast}: a recording transcribed at full speed. */
    void started(boolean microphone, double fileSeconds, boolean fast) {
        this.fast = fast;
        rate.clear();
        unfinishedWords = 0;
        readability.clear();
        sound.clear();
        jargon.clear();
        room.jargon().clear();
        running = true;
        behind = false;
        microphoneLost = false;
        listeningToMicrophone = microphone;
        this.fileSeconds = fileSeconds;
        room.fileProgressProperty().set(0);
        room.fileProgressTextProperty().set("");
        room.soundWarningProperty().set("");
        showRate();
        showReadability();
        showStatus();
    }

    @Override
    public void caption(Caption caption) {
        if (!caption.isFinal()) {
            unfinishedWords = caption.isEmpty() ? 0 : caption.raw().strip().split("\\s+").length;
            return;
        }
        unfinishedWords = 0;
        if (caption.isEmpty()) {
            return;
        }
        for (Word word : caption.words()) {
            rate.word(word.end());
        }
        readability.add(Double.isFinite(caption.end()) ? caption.end() : 0, caption.rewrite());
        jargon.hear(caption.raw());
        showRate();
        showReadability();
        refreshJargon(false);
    }

    @Override
    public void audio(AudioChunk chunk, double backlogSeconds) {
        room.levelProperty().set(meter(chunk.levelDbfs()));
        rate.heardUntil(chunk.endSeconds());
        readability.heardUntil(chunk.endSeconds());
        room.soundWarningProperty().set(warning(sound, sound.hear(chunk.endSeconds(), chunk.levelDbfs())));
        if (Double.isFinite(fileSeconds) && fileSeconds > 0) {
            room.fileProgressProperty().set(Math.min(1, chunk.endSeconds() / fileSeconds));
            room.fileProgressTextProperty().set(String.format("%.0f of %.0f s", chunk.endSeconds(), fileSeconds));
        }
        showRate();
        showStatus();
    }

    @Override
    public void problem(String message) {
        showStatus();
    }

    /** The room's status follows the pipeline's notices: microphone lost or back, behind or caught up. */
    @Override
    public void notice(PipelineNotice notice) {
        switch (notice.kind()) {
            case MICROPHONE_LOST -> microphoneLost = listeningToMicrophone;
            case MICROPHONE_BACK -> microphoneLost = false;
            case FALLING_BEHIND -> behind = true;
            case CAUGHT_UP, SPEECH_SKIPPED -> behind = false;
            default -> {
            }
        }
        showStatus();
    }

    @Override
    public void ended(PipelineStats stats) {
        running = false;
        room.levelProperty().set(0);
        room.soundWarningProperty().set("");
        if (Double.isFinite(fileSeconds)) {
            room.fileProgressProperty().set(0);
            room.fileProgressTextProperty().set(fast
                    ? String.format("Done: %.0f s of audio transcribed in %.1f s", stats.audioSeconds(), stats.wallSeconds())
                    : String.format("Done: %.0f s of the recording captioned", stats.audioSeconds()));
        }
        refreshJargon(true);
        showRate(); // a cue lit at the end of a run goes out with it
        showStatus();
    }

    /** The microphone heard while captions are not running (the check before Start). */
    void heardWhileIdle(AudioChunk chunk) {
        if (running) {
            return;
        }
        room.levelProperty().set(meter(chunk.levelDbfs()));
        room.soundWarningProperty().set(warning(idleSound, idleSound.hear(chunk.endSeconds(), chunk.levelDbfs())));
    }

    /** The microphone picked could not be opened for the check before Start. */
    void microphoneProblem(String message) {
        if (!running) {
            room.levelProperty().set(0);
            room.soundWarningProperty().set(message);
        }
    }

    /** A new microphone is being checked: forget what the last one heard. */
    void checkingAnother() {
        idleSound.clear();
        if (!running) {
            room.levelProperty().set(0);
            room.soundWarningProperty().set("");
        }
    }

    private static double meter(double dbfs) {
        return Math.max(0, Math.min(1, (dbfs - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS));
    }

    private static String warning(SoundWatch watch, SoundWatch.Verdict verdict) {
        return verdict == SoundWatch.Verdict.NO_SOUND
                ? String.format("No sound for %.0f s: is the microphone on?", watch.silentFor())
                : verdict == SoundWatch.Verdict.TOO_QUIET ? "Very quiet: move the microphone closer" : "";
    }

    /** The jargon list changes at most once a second, so it can be read and clicked. */
    private void refreshJargon(boolean now) {
        long t = System.nanoTime();
        if (!now && t - lastJargonRefresh < JARGON_REFRESH_NANOS) {
            return;
        }
        lastJargonRefresh = t;
        List<JargonWord> words = jargon.report().stream().filter(w -> !covered.test(w.word())).limit(50).toList();
        if (!words.equals(room.jargon())) {
            room.jargon().setAll(words);
        }
    }

    /** Forgets a word from the jargon list (it just got plain words). */
    void covered(String word) {
        room.jargon().removeIf(w -> w.word().equalsIgnoreCase(word));
    }

    private void showRate() {
        double wpm = rate.wordsPerMinute(unfinishedWords);
        room.wordsPerMinuteProperty().set(wpm);
        boolean slowDown = running && !room.isPaused() && !Double.isNaN(wpm) && wpm > room.slowDownAtProperty().get();
        room.slowDownProperty().set(slowDown);
        screen.slowDownShownProperty().set(slowDown && room.slowDownOnScreenProperty().get());
    }

    private void showReadability() {
        room.readabilityMinuteProperty().set(ReadabilityWindow.compare(readability.minuteRaw(), readability.minutePlain()));
        room.readabilitySessionProperty().set(ReadabilityWindow.compare(readability.sessionRaw(),
                readability.sessionPlain()));
    }

    private void showStatus() {
        screen.statusProperty().set(status());
    }

    private RoomStatus status() {
        if (!running) {
            return screen.getStatus() == RoomStatus.NOT_STARTED ? RoomStatus.NOT_STARTED : RoomStatus.STOPPED;
        }
        if (microphoneLost) {
            return RoomStatus.MICROPHONE_LOST;
        }
        if (room.isPaused()) {
            return RoomStatus.PAUSED;
        }
        if (behind) {
            return RoomStatus.FALLING_BEHIND;
        }
        return sound.verdict() == SoundWatch.Verdict.FINE ? RoomStatus.LISTENING : RoomStatus.TOO_QUIET;
    }
}

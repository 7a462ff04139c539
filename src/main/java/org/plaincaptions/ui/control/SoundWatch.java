package org.plaincaptions.ui.control;

/**
 * Watches the microphone's level in audio seconds: "too quiet" when nothing louder than a soft voice
 * for 5 s, and "no sound" when nothing above the noise floor of a live microphone for 10 s.
 */
public final class SoundWatch {
    /** Below this RMS level nothing is heard at all (a live microphone's own noise sits around -70). */
    public static final double NO_SOUND_DBFS = -65;
    /** Below this RMS level speech is too soft to recognise well. */
    public static final double QUIET_DBFS = -45;
    public static final double NO_SOUND_SECONDS = 10;
    public static final double QUIET_SECONDS = 5;

    /** What the watch says now. */
    public enum Verdict { FINE, TOO_QUIET, NO_SOUND }

    private double lastSound = Double.NaN;
    private double lastVoice = Double.NaN;
    private double now = Double.NaN;

    public Verdict hear(double endSeconds, double levelDbfs) {
        if (Double.isNaN(now)) {
            lastSound = endSeconds;
            lastVoice = endSeconds;
        }
        now = endSeconds;
        if (levelDbfs > NO_SOUND_DBFS) {
            lastSound = now;
        }
        if (levelDbfs > QUIET_DBFS) {
            lastVoice = now;
        }
        return verdict();
    }

    public Verdict verdict() {
        if (Double.isNaN(now)) {
            return Verdict.FINE;
        }
        if (now - lastSound >= NO_SOUND_SECONDS) {
            return Verdict.NO_SOUND;
        }
        return now - lastVoice >= QUIET_SECONDS ? Verdict.TOO_QUIET : Verdict.FINE;
    }

    /** Seconds since anything was heard. */
    public double silentFor() {
        return Double.isNaN(now) ? 0 : now - lastSound;
    }

    public void clear() {
        lastSound = Double.NaN;
        lastVoice = Double.NaN;
        now = Double.NaN;
    }
}

package org.plaincaptions.settings;

/**
 * What the desktop app remembers between runs. Kept as JSON in the user's config folder by
 * {@link SettingsStore}; values a person may have edited by hand are brought into range on load.
 *
 * @param look             how the caption screen looks
 * @param captionScreen    the screen the facilitator chose for captions (its bounds when chosen); null: automatic
 * @param fullScreen       whether the caption screen fills its screen
 * @param captionWindow    where the caption window was when not full screen; null: a default place
 * @param controlRoom      where the control room was; null: the system's choice
 * @param microphone       the input device chosen; null: the system default
 * @param model            the speech model folder chosen; null: found as the command line would
 * @param slowDownAt       words a minute above which the "please slow down" cue lights
 * @param slowDownOnScreen whether the cue also shows, small, on the caption screen
 * @param cleanUpAfterDays sessions last written more than this many days ago are deleted when the app starts;
 *                         0 (the default): never, since a meeting's record is deleted only when someone asks
 * @param pauseCuts        whether a long utterance is ended at the speaker's next short pause (decision 0005);
 *                         on by default, read at each Start
 */
public record Settings(CaptionLook look, Spot captionScreen, boolean fullScreen, Spot captionWindow, Spot controlRoom,
                       String microphone, String model, int slowDownAt, boolean slowDownOnScreen,
                       int cleanUpAfterDays, boolean pauseCuts) {
    /** BBC and Ofcom: 160 to 180 words a minute is the most people read comfortably. */
    public static final int DEFAULT_SLOW_DOWN_AT = 160;
    public static final Settings DEFAULT = new Settings(CaptionLook.DEFAULT, null, true, null, null, null, null,
            DEFAULT_SLOW_DOWN_AT, false, 0, true);

    public Settings sanitized() {
        return new Settings(look == null ? CaptionLook.DEFAULT : look.sanitized(), usable(captionScreen), fullScreen,
                usable(captionWindow), usable(controlRoom), blankToNull(microphone), blankToNull(model),
                slowDownAt >= 60 && slowDownAt <= 400 ? slowDownAt : DEFAULT_SLOW_DOWN_AT, slowDownOnScreen,
                Math.max(0, cleanUpAfterDays), pauseCuts);
    }

    public Settings withLook(CaptionLook value) {
        return new Settings(value, captionScreen, fullScreen, captionWindow, controlRoom, microphone, model, slowDownAt,
                slowDownOnScreen, cleanUpAfterDays, pauseCuts);
    }

    public Settings withCaptionScreen(Spot screen, boolean full, Spot window) {
        return new Settings(look, screen, full, window, controlRoom, microphone, model, slowDownAt, slowDownOnScreen,
                cleanUpAfterDays, pauseCuts);
    }

    public Settings withControlRoom(Spot value) {
        return new Settings(look, captionScreen, fullScreen, captionWindow, value, microphone, model, slowDownAt,
                slowDownOnScreen, cleanUpAfterDays, pauseCuts);
    }

    public Settings withMicrophone(String value) {
        return new Settings(look, captionScreen, fullScreen, captionWindow, controlRoom, value, model, slowDownAt,
                slowDownOnScreen, cleanUpAfterDays, pauseCuts);
    }

    public Settings withModel(String value) {
        return new Settings(look, captionScreen, fullScreen, captionWindow, controlRoom, microphone, value, slowDownAt,
                slowDownOnScreen, cleanUpAfterDays, pauseCuts);
    }

    public Settings withSlowDown(int wordsAMinute, boolean onScreen) {
        return new Settings(look, captionScreen, fullScreen, captionWindow, controlRoom, microphone, model, wordsAMinute,
                onScreen, cleanUpAfterDays, pauseCuts);
    }

    public Settings withCleanUpAfterDays(int days) {
        return new Settings(look, captionScreen, fullScreen, captionWindow, controlRoom, microphone, model, slowDownAt,
                slowDownOnScreen, days, pauseCuts);
    }

    public Settings withPauseCuts(boolean value) {
        return new Settings(look, captionScreen, fullScreen, captionWindow, controlRoom, microphone, model, slowDownAt,
                slowDownOnScreen, cleanUpAfterDays, value);
    }

    private static Spot usable(Spot spot) {
        return spot != null && spot.usable() ? spot : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package org.plaincaptions.ui.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.ui.Said;

/** The rules behind the control room's figures: speaking rate, readability, silence. */
class LiveFiguresRulesTest {

    @Test
    void speakingRateCountsWordsOverTheLastThirtySecondsOfAudio() {
        SpeakingRate rate = new SpeakingRate();
        for (int i = 0; i < 100; i++) {
            rate.word(i * 0.3); // 200 words a minute
        }
        assertThat(rate.wordsPerMinute()).isCloseTo(200, within(3.0));
        rate.heardUntil(29.7 + 15); // 15 s of silence: half the window empty
        assertThat(rate.wordsPerMinute()).isCloseTo(100, within(3.0));
        rate.heardUntil(29.7 + 31);
        assertThat(rate.wordsPerMinute()).isZero();
    }

    @Test
    void speakingRateWaitsForTenSecondsOfAudioBeforeGivingAFigure() {
        SpeakingRate rate = new SpeakingRate();
        rate.heardUntil(0);
        rate.word(1.0);
        rate.heardUntil(9);
        assertThat(rate.wordsPerMinute()).isNaN();
        rate.heardUntil(10);
        assertThat(rate.wordsPerMinute()).isCloseTo(6, within(0.01));
    }

    @Test
    void silenceOfTenSecondsIsNoSoundAndSoftSpeechIsTooQuiet() {
        SoundWatch watch = new SoundWatch();
        assertThat(watch.hear(0.1, -20)).isEqualTo(SoundWatch.Verdict.FINE);
        assertThat(watch.hear(5.0, -55)).isEqualTo(SoundWatch.Verdict.FINE);
        assertThat(watch.hear(5.2, -55)).isEqualTo(SoundWatch.Verdict.TOO_QUIET);
        assertThat(watch.hear(9.9, -90)).isEqualTo(SoundWatch.Verdict.TOO_QUIET);
        assertThat(watch.hear(15.2, -90)).isEqualTo(SoundWatch.Verdict.NO_SOUND);
        assertThat(watch.silentFor()).isCloseTo(10, within(0.01));
        assertThat(watch.hear(15.3, -25)).isEqualTo(SoundWatch.Verdict.FINE);
    }

    @Test
    void readabilityComparesSaidWithShownForTheLastMinuteAndTheSession() {
        ReadabilityWindow window = new ReadabilityWindow();
        Rewrite early = Said.finalResult(0, "we need to leverage our synergies going forward", 0).rewrite();
        Rewrite late = Said.finalResult(1, "in order to facilitate stakeholder engagement", 70).rewrite();
        window.add(3, early);
        window.add(73, late);
        assertThat(window.sessionRaw().words()).isEqualTo(14);
        assertThat(window.minuteRaw().words()).isEqualTo(6);
        assertThat(window.minutePlain().readingEase()).isGreaterThan(window.minuteRaw().readingEase());
        assertThat(ReadabilityWindow.compare(window.minuteRaw(), window.minutePlain())).matches("-?\\d+ → -?\\d+");
        window.heardUntil(200);
        assertThat(ReadabilityWindow.compare(window.minuteRaw(), window.minutePlain())).isEqualTo("–");
    }
}

package org.plaincaptions.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plaincaptions.settings.Spot;

class ScreenChooserTest {
    private static final ScreenInfo LAPTOP = new ScreenInfo(0, 0, 0, 1366, 768, true);
    private static final ScreenInfo PROJECTOR = new ScreenInfo(1, 1366, 0, 1920, 1080, false);
    private static final ScreenInfo TV = new ScreenInfo(2, 3286, 0, 3840, 2160, false);

    private static ScreenChooser.Remembered chosen(ScreenInfo screen) {
        return new ScreenChooser.Remembered(Optional.of(screen.spot()), true, Optional.empty());
    }

    @Test
    void oneScreenGetsAWindowNotFullScreen() {
        var placement = ScreenChooser.choose(List.of(LAPTOP), LAPTOP, ScreenChooser.Remembered.NOTHING);
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.fullScreen()).isFalse();
    }

    @Test
    void twoScreensPutCaptionsFullScreenOnTheOtherOne() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR), LAPTOP, ScreenChooser.Remembered.NOTHING);
        assertThat(placement.screen()).isEqualTo(PROJECTOR);
        assertThat(placement.fullScreen()).isTrue();
    }

    @Test
    void controlRoomOnTheSecondScreenSendsCaptionsToTheFirst() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR), PROJECTOR, ScreenChooser.Remembered.NOTHING);
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.fullScreen()).isTrue();
    }

    @Test
    void withSeveralOtherScreensTheLargestWins() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR, TV), LAPTOP, ScreenChooser.Remembered.NOTHING);
        assertThat(placement.screen()).isEqualTo(TV);
    }

    @Test
    void theFacilitatorsChoiceWins() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR, TV), LAPTOP, chosen(PROJECTOR));
        assertThat(placement.screen()).isEqualTo(PROJECTOR);
        assertThat(placement.fullScreen()).isTrue();
    }

    @Test
    void choosingTheControlRoomsOwnScreenOpensAWindowThere() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR), LAPTOP, chosen(LAPTOP));
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.fullScreen()).isFalse();
    }

    @Test
    void aChosenScreenThatIsGoneFallsBackToTheAutomaticChoice() {
        var placement = ScreenChooser.choose(List.of(LAPTOP), LAPTOP, chosen(PROJECTOR));
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.fullScreen()).isFalse();
    }

    @Test
    void aChosenScreenThatIsGoneComesBackOnTheMainScreenNotOffScreen() {
        ScreenInfo laptopSecond = new ScreenInfo(1, 1920, 0, 1366, 768, false);
        ScreenInfo mainTv = new ScreenInfo(0, 0, 0, 1920, 1080, true);
        var placement = ScreenChooser.choose(List.of(mainTv, laptopSecond), laptopSecond, chosen(PROJECTOR));
        assertThat(placement.screen()).isEqualTo(mainTv);
        assertThat(placement.fullScreen()).isTrue();
        assertThat(placement.window()).isEmpty();
    }

    @Test
    void aScreenIsRecognisedByItsPlaceAndSizeEvenWhenItsNumberChanged() {
        ScreenInfo projectorNowFirst = new ScreenInfo(0, 1366, 0, 1920, 1080, false);
        ScreenInfo laptopNowSecond = new ScreenInfo(1, 0, 0, 1366, 768, true);
        var placement = ScreenChooser.choose(List.of(projectorNowFirst, laptopNowSecond), laptopNowSecond,
                chosen(PROJECTOR));
        assertThat(placement.screen()).isEqualTo(projectorNowFirst);
    }

    @Test
    void aRememberedWindowComesBackWhereItWasWhenItsScreenIsStillThere() {
        Spot window = new Spot(1500, 100, 800, 450);
        var remembered = new ScreenChooser.Remembered(Optional.of(PROJECTOR.spot()), false, Optional.of(window));
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR), LAPTOP, remembered);
        assertThat(placement.screen()).isEqualTo(PROJECTOR);
        assertThat(placement.fullScreen()).isFalse();
        assertThat(placement.window()).contains(window);
    }

    @Test
    void aRememberedWindowOnAScreenThatIsGoneIsNotUsed() {
        Spot window = new Spot(1500, 100, 800, 450);
        var remembered = new ScreenChooser.Remembered(Optional.of(PROJECTOR.spot()), false, Optional.of(window));
        var placement = ScreenChooser.choose(List.of(LAPTOP), LAPTOP, remembered);
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.window()).isEmpty();
    }
}

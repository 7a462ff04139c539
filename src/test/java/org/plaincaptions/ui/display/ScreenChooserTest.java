package org.plaincaptions.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenChooserTest {
    private static final ScreenInfo LAPTOP = new ScreenInfo(0, 0, 0, 1366, 768, true);
    private static final ScreenInfo PROJECTOR = new ScreenInfo(1, 1366, 0, 1920, 1080, false);
    private static final ScreenInfo TV = new ScreenInfo(2, 3286, 0, 3840, 2160, false);

    @Test
    void oneScreenGetsAWindowNotFullScreen() {
        var placement = ScreenChooser.choose(List.of(LAPTOP), LAPTOP, Optional.empty());
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.fullScreen()).isFalse();
    }

    @Test
    void twoScreensPutCaptionsFullScreenOnTheOtherOne() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR), LAPTOP, Optional.empty());
        assertThat(placement.screen()).isEqualTo(PROJECTOR);
        assertThat(placement.fullScreen()).isTrue();
    }

    @Test
    void controlRoomOnTheSecondScreenSendsCaptionsToTheFirst() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR), PROJECTOR, Optional.empty());
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.fullScreen()).isTrue();
    }

    @Test
    void withSeveralOtherScreensTheLargestWins() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR, TV), LAPTOP, Optional.empty());
        assertThat(placement.screen()).isEqualTo(TV);
    }

    @Test
    void theFacilitatorsChoiceWins() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR, TV), LAPTOP, Optional.of(1));
        assertThat(placement.screen()).isEqualTo(PROJECTOR);
        assertThat(placement.fullScreen()).isTrue();
    }

    @Test
    void choosingTheControlRoomsOwnScreenOpensAWindowThere() {
        var placement = ScreenChooser.choose(List.of(LAPTOP, PROJECTOR), LAPTOP, Optional.of(0));
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.fullScreen()).isFalse();
    }

    @Test
    void aChosenScreenThatIsGoneFallsBackToTheAutomaticChoice() {
        var placement = ScreenChooser.choose(List.of(LAPTOP), LAPTOP, Optional.of(1));
        assertThat(placement.screen()).isEqualTo(LAPTOP);
        assertThat(placement.fullScreen()).isFalse();
    }
}

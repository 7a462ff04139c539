package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.PipelineNotice.Kind;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.ui.Said;
import org.plaincaptions.ui.control.ControlRoom;
import org.plaincaptions.ui.control.ControlRoomActions;
import org.plaincaptions.ui.control.ControlRoomModel;
import org.plaincaptions.ui.control.SourceChoice;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.plaincaptions.ui.display.RoomStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the control room and the room's status show as pipeline events arrive. */
@ExtendWith(ApplicationExtension.class)
class LiveFiguresTest {
    private ControlRoomModel room;
    private CaptionScreenModel screen;
    private LiveFigures figures;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        room = new ControlRoomModel();
        screen = new CaptionScreenModel(CaptionLook.DEFAULT);
        figures = new LiveFigures(room, screen, word -> word.equals("leverage"));
        new ControlRoom(stage, room, screen, new ControlRoomActions() {
            @Override
            public void start(SourceChoice source) {
            }

            @Override
            public void stop() {
            }

            @Override
            public void pause(boolean paused) {
            }

            @Override
            public void useModel(Path folder) {
            }

            @Override
            public void addPlainWords(String term, String plain, Consumer<Optional<String>> done) {
            }

            @Override
            public void editGlossary() {
            }

            @Override
            public void openSessions() {
            }
        });
        stage.show();
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static AudioChunk audio(double endSeconds, double dbfs) {
        int samples = 1600;
        return new AudioChunk(new byte[samples * 2], (long) (endSeconds * 16000) - samples, dbfs, System.nanoTime());
    }

    private String label(FxRobot robot, String id) {
        return robot.from(stage.getScene().getRoot()).lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void fastSpeechLightsPleaseSlowDownInTheControlRoomAndOnScreenWhenChosen(FxRobot robot) throws Exception {
        fx(() -> {
            figures.started(true, Double.NaN);
            room.slowDownOnScreenProperty().set(true);
            room.slowDownAtProperty().set(140);
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < 80; i++) {
                words.append("word ");
            }
            // a word every 0.4 s (Said's pace): 76 words end in the last 30 s, 152 words a minute
            figures.caption(Said.finalResult(0, words.toString().strip(), 0));
            figures.audio(audio(20, -20), 0);
        });
        assertThat(label(robot, "#rate")).isEqualTo("152 words a minute");
        assertThat(robot.lookup("#slow-down").queryAs(Label.class).getStyleClass()).contains("lit");
        assertThat(screen.isSlowDownShown()).isTrue();
        fx(() -> room.slowDownAtProperty().set(160));
        assertThat(robot.lookup("#slow-down").queryAs(Label.class).getStyleClass()).doesNotContain("lit");
        assertThat(screen.isSlowDownShown()).isFalse();
    }

    private void fastSpeaker() throws Exception {
        fx(() -> {
            figures.started(true, Double.NaN);
            room.slowDownOnScreenProperty().set(true);
            room.slowDownAtProperty().set(140);
            figures.caption(Said.finalResult(0, "word ".repeat(80).strip(), 0));
            figures.audio(audio(20, -20), 0);
        });
        assertThat(screen.isSlowDownShown()).isTrue();
    }

    @Test
    void pleaseSlowDownGoesOutWhilePausedAndWhenCaptionsStop(FxRobot robot) throws Exception {
        fastSpeaker();
        fx(() -> room.pausedProperty().set(true));
        assertThat(room.slowDownProperty().get()).isFalse();
        assertThat(screen.isSlowDownShown()).isFalse();
        fx(() -> room.pausedProperty().set(false));
        assertThat(screen.isSlowDownShown()).isTrue();
        fx(() -> figures.ended(new PipelineStats(20, 20, 80, new double[0], new double[0], new double[0], 0)));
        assertThat(room.slowDownProperty().get()).isFalse();
        assertThat(robot.lookup("#slow-down").queryAs(Label.class).getStyleClass()).doesNotContain("lit");
        assertThat(screen.getStatus()).isIn(org.plaincaptions.ui.display.RoomStatus.STOPPED,
                org.plaincaptions.ui.display.RoomStatus.NOT_STARTED);
        assertThat(screen.isSlowDownShown()).as("the room never reads 'Stopped · Please slow down'").isFalse();
    }

    @Test
    void wordsOfAnUtteranceStillInProgressCountInTheRate(FxRobot robot) throws Exception {
        fx(() -> {
            figures.started(true, Double.NaN);
            figures.audio(audio(0, -20), 0);
            figures.caption(Said.partial(0, "word ".repeat(30).strip()));
            figures.audio(audio(15, -20), 0);
        });
        assertThat(label(robot, "#rate")).isEqualTo("120 words a minute"); // 30 words in 15 s, none final yet
    }

    @Test
    void theRateSaysItIsMeasuringBeforeItHasAFigure(FxRobot robot) throws Exception {
        fx(() -> {
            figures.started(true, Double.NaN);
            room.runningProperty().set(true);
            figures.audio(audio(3, -20), 0);
        });
        assertThat(label(robot, "#rate")).isEqualTo("– words a minute (after 10 s)");
    }

    @Test
    void readabilityOfWhatWasSaidAndShownIsShownForTheMinuteAndTheSession(FxRobot robot) throws Exception {
        fx(() -> {
            figures.started(true, Double.NaN);
            figures.caption(Said.finalResult(0, "we need to leverage our synergies going forward", 0));
        });
        assertThat(label(robot, "#readability-minute")).matches("-?\\d+ → -?\\d+");
        assertThat(label(robot, "#readability-session")).isEqualTo(label(robot, "#readability-minute"));
    }

    @Test
    void tenSecondsWithoutSoundWarnsTheFacilitatorAndTellsTheRoomItIsTooQuiet(FxRobot robot) throws Exception {
        fx(() -> {
            figures.started(true, Double.NaN);
            figures.audio(audio(0.1, -30), 0);
        });
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.LISTENING);
        fx(() -> {
            for (int i = 1; i <= 101; i++) {
                figures.audio(audio(0.1 + i * 0.1, -90), 0);
            }
        });
        assertThat(label(robot, "#sound-warning")).isEqualTo("No sound for 10 s: is the microphone on?");
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.TOO_QUIET);
        fx(() -> figures.audio(audio(11, -25), 0));
        assertThat(label(robot, "#sound-warning")).isEmpty();
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.LISTENING);
    }

    @Test
    void beforeStartTheCheckedMicrophonesLevelAndSilenceShow(FxRobot robot) throws Exception {
        fx(() -> figures.heardWhileIdle(audio(0.1, -30)));
        assertThat(room.levelProperty().get()).isEqualTo(0.5);
        fx(() -> {
            for (int i = 1; i <= 101; i++) {
                figures.heardWhileIdle(audio(0.1 + i * 0.1, -90));
            }
        });
        assertThat(label(robot, "#sound-warning")).isEqualTo("No sound for 10 s: is the microphone on?");
        fx(() -> figures.microphoneProblem("No microphone found"));
        assertThat(label(robot, "#sound-warning")).isEqualTo("No microphone found");
        fx(figures::checkingAnother);
        assertThat(label(robot, "#sound-warning")).isEmpty();
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.NOT_STARTED);
    }

    @Test
    void theRoomSeesFallingBehindPausedMicrophoneLostAndStopped() throws Exception {
        fx(() -> {
            figures.started(true, Double.NaN);
            figures.audio(audio(1, -20), 3.5);
            figures.notice(new PipelineNotice(Kind.FALLING_BEHIND, "Captions are running 4 s behind"));
        });
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.FALLING_BEHIND);
        fx(() -> figures.audio(audio(1.1, -20), 0.2));
        assertThat(screen.getStatus()).as("still behind until the pipeline says it caught up")
                .isEqualTo(RoomStatus.FALLING_BEHIND);
        fx(() -> figures.notice(new PipelineNotice(Kind.CAUGHT_UP, "Captions have caught up")));
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.LISTENING);
        fx(() -> room.pausedProperty().set(true));
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.PAUSED);
        fx(() -> room.pausedProperty().set(false));
        fx(() -> figures.notice(new PipelineNotice(Kind.MICROPHONE_LOST, "Microphone \"USB\" stopped sending sound")));
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.MICROPHONE_LOST);
        fx(() -> figures.audio(audio(30, -20), 0));
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.MICROPHONE_LOST);
        fx(() -> figures.notice(new PipelineNotice(Kind.MICROPHONE_BACK, "The microphone is back")));
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.LISTENING);
        fx(() -> figures.ended(new PipelineStats(1, 1, 0, new double[0], new double[0], new double[0], 0)));
        assertThat(screen.getStatus()).isEqualTo(RoomStatus.STOPPED);
    }

    @Test
    void rareWordsNoGlossaryCoversAppearInTheJargonList(FxRobot robot) throws Exception {
        fx(() -> {
            figures.started(true, Double.NaN);
            figures.caption(Said.finalResult(0, "the cohort will leverage the onboarding of the cohort", 0));
            figures.ended(new PipelineStats(1, 1, 0, new double[0], new double[0], new double[0], 0));
        });
        assertThat(room.jargon()).extracting(w -> w.word()).contains("cohort").doesNotContain("leverage");
        assertThat(room.jargon().get(0).word()).isEqualTo("cohort");
        assertThat(room.jargon().get(0).count()).isEqualTo(2);
        fx(() -> figures.covered("cohort"));
        assertThat(room.jargon()).extracting(w -> w.word()).doesNotContain("cohort");
    }

    @Test
    void transcribingAFileShowsHowFarItHasGot(FxRobot robot) throws Exception {
        fx(() -> {
            figures.started(false, 40, true);
            figures.audio(audio(10, -20), 0);
        });
        assertThat(room.fileProgressProperty().get()).isEqualTo(0.25);
        assertThat(label(robot, "#progress-text")).isEqualTo("10 of 40 s");
        fx(() -> figures.ended(new PipelineStats(40, 6.2, 100, new double[0], new double[0], new double[0], 0)));
        assertThat(label(robot, "#progress-text")).isEqualTo("Done: 40 s of audio transcribed in 6.2 s");
    }
}

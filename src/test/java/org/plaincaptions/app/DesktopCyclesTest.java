package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.speech.SpeechModel;
import org.plaincaptions.testsupport.ProcessFigures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The facilitator presses Start (F5) and Stop (Shift+F5) in the real app 200 times, each run on a
 * recording at live pace with the real model and its own saved session: threads, recognisers, open
 * files and memory must not grow (StartStopCyclesTest does the same below the windows).
 */
@ExtendWith(ApplicationExtension.class)
class DesktopCyclesTest {
    private static final int CYCLES = Integer.getInteger("plaincaptions.cycles", 200);
    /** The first runs grow memory fastest (decision 43). */
    private static final int WARM_UP = CYCLES / 2;

    @TempDir
    static Path home;
    private final AtomicInteger chunks = new AtomicInteger();
    private AppFolders folders;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("state"));
        desktop = new Desktop(stage, new DesktopOptions(Optional.of(DesktopTest.MODEL), Optional.of(DesktopTest.RECORDING)),
                folders);
        desktop.addPipelineListener(new PipelineEvents() {
            @Override
            public void onAudio(AudioChunk chunk, double backlogSeconds) {
                chunks.incrementAndGet();
            }
        });
        desktop.show();
        desktop.captionScreen().stage().toBack();
        desktop.controlRoom().stage().toFront();
        desktop.controlRoom().stage().requestFocus();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
    }

    @Test
    void twoHundredStartsAndStopsByKeyLeaveNoThreadsRecognisersFilesOrMemoryBehind(FxRobot robot) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !robot.lookup("#start").queryButton().isDisabled());
        ProcessFigures before = null;
        for (int i = 0; i < CYCLES; i++) {
            if (i == WARM_UP) {
                before = ProcessFigures.now();
            }
            cycle(robot, i);
        }
        ProcessFigures settled = before;
        // Polled on this thread: Awaitility's own polling thread would be counted too.
        await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> java.lang.management.ManagementFactory.getThreadMXBean().getThreadCount() <= settled.threads());
        ProcessFigures after = ProcessFigures.now();
        System.out.println("app start/stop cycles " + WARM_UP + " -> " + CYCLES + ": " + before + " -> " + after);

        assertThat(SpeechModel.openRecognizers()).isZero();
        assertThat(after.threads()).isLessThanOrEqualTo(before.threads());
        assertThat(after.openFiles()).isLessThanOrEqualTo(before.openFiles() + 2);
        assertThat(after.heapMb()).isLessThan(before.heapMb() * 1.05 + 2);
        assertThat((after.rssMb() - before.rssMb()) / (CYCLES - WARM_UP)).as("MB a run").isLessThan(0.8);
        assertThat(desktop.sessions().list(p -> { })).hasSize(CYCLES)
                .allSatisfy(s -> assertThat(s.state()).isEqualTo(SessionSummary.State.ENDED));
    }

    private void cycle(FxRobot robot, int i) throws Exception {
        int heard = chunks.get();
        robot.type(KeyCode.F5);
        await("cycle " + i + " heard audio").atMost(Duration.ofSeconds(10)).until(() -> chunks.get() > heard);
        assertThat(DesktopTest.fx(() -> desktop.controlRoom().model().isRunning())).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        await("cycle " + i + " stopped").atMost(Duration.ofSeconds(10)).until(() -> DesktopTest.fx(
                () -> !desktop.controlRoom().model().isRunning() && desktop.controlRoom().model().status().startsWith("Stopped")));
    }
}

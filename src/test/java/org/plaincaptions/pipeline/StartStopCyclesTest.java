package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.Pace;
import org.plaincaptions.plain.PlainStage;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.speech.SpeechModel;
import org.plaincaptions.testsupport.ProcessFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start and Stop pressed 200 times, as a facilitator might over a long day: each run gets a recogniser
 * and a session, and gives both back. Threads, recognisers, open files and memory must not grow.
 * bench/soak-cycles.sh runs longer with native memory tracking on and prints the figures.
 */
class StartStopCyclesTest {
    private static final Logger LOGGER = LoggerFactory.getLogger(StartStopCyclesTest.class);
    private static final int CYCLES = Integer.getInteger("plaincaptions.cycles", 200);
    /** glibc spreads Vosk's allocations over per-thread arenas until all are in use: about 100 runs here. */
    private static final int WARM_UP = 100;
    private static final Path SPEECH = Path.of("src/test/resources/speech/session-mixed.wav");

    @TempDir
    Path dir;

    @Test
    void twoHundredStartsAndStopsLeaveNoThreadsRecognisersFilesOrMemoryBehind() throws Exception {
        SessionStore store = new SessionStore(dir);
        ProcessFigures before = null;
        try (LiveCaptioning live = new LiveCaptioning(SpeechModel.load(LiveCaptioningSessionTest.MODEL),
                PlainStage.create(List.of(), w -> { }), store)) {
            for (int i = 0; i < CYCLES; i++) {
                if (i == WARM_UP) {
                    before = ProcessFigures.now();
                    LOGGER.info("Cycles: after {} warm-up cycles: {}", WARM_UP, before);
                }
                cycle(live, i);
                if (Boolean.getBoolean("plaincaptions.cycles.trace") && i % 50 == 49) {
                    System.out.println("cycle " + (i + 1) + ": " + ProcessFigures.now());
                }
            }
            assertThat(live.isRunning()).isFalse();
            ProcessFigures after = ProcessFigures.now();
            LOGGER.info("Cycles: after {} cycles: {}", CYCLES, after);
            System.out.println("start/stop cycles " + WARM_UP + " -> " + CYCLES + ": " + before + " -> " + after);

            assertThat(SpeechModel.openRecognizers()).isZero();
            assertThat(after.threads()).isLessThanOrEqualTo(before.threads());
            assertThat(after.openFiles()).isLessThanOrEqualTo(before.openFiles());
            assertThat(after.heapMb()).isLessThan(before.heapMb() * 1.05 + 2);
            // Resident memory wobbles by ±10 MB with malloc's arenas and the heap's own resizing; a leaked
            // recogniser a run would add megabytes each (bench/soak-cycles.sh gives the long-run figures).
            assertThat(after.rssMb()).isLessThan(before.rssMb() * 1.10);
        }
        assertThat(store.list(p -> { })).hasSize(CYCLES)
                .allSatisfy(s -> assertThat(s.state()).isEqualTo(SessionSummary.State.ENDED));
    }

    /** Start on a recording at live pace, stop as soon as sound has arrived, wait for the run to end. */
    private static void cycle(LiveCaptioning live, int i) throws InterruptedException {
        CountDownLatch heard = new CountDownLatch(1);
        CaptionPipeline pipeline = live.start(new FileSource(SPEECH, Pace.REAL_TIME), new PipelineEvents() {
            @Override
            public void onAudio(AudioChunk chunk, double backlogSeconds) {
                heard.countDown();
            }
        });
        assertThat(heard.await(10, TimeUnit.SECONDS)).as("cycle %d heard audio", i).isTrue();
        live.stop();
        assertThat(pipeline.awaitEnd(10, TimeUnit.SECONDS)).as("cycle %d ended", i).isTrue();
    }
}

package org.plaincaptions.pipeline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.Pace;
import org.plaincaptions.pipeline.CaptionPipeline;
import org.plaincaptions.pipeline.LiveCaptioning;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.plain.PlainStage;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.speech.SpeechModel;
import org.plaincaptions.testsupport.ProcessFigures;

/**
 * Start and Stop through {@link LiveCaptioning}, as the app's buttons do, many times over, printing this
 * JVM's threads, open recognisers, heap, resident and native memory and open files as it goes.
 * Usage (see bench/soak-cycles.sh): StartStopSoak MODEL_DIR SPEECH.wav CYCLES EVERY [trim]
 * With {@code trim}, glibc is asked to give free memory back ({@code malloc_trim(0)}) before each sample:
 * memory that then goes away was free but kept by malloc, not leaked.
 */
public final class StartStopSoak {
    private static boolean trim;

    /** glibc's malloc_trim. */
    interface Glibc extends com.sun.jna.Library {
        int malloc_trim(long pad);
    }

    private StartStopSoak() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        Path speech = Path.of(args[1]);
        int cycles = Integer.parseInt(args[2]);
        int every = Integer.parseInt(args[3]);
        trim = args.length > 4 && args[4].equals("trim");
        Path sessions = Files.createTempDirectory("soak-sessions");
        System.out.printf(Locale.ROOT, "%6s %8s %11s %8s %8s %8s %6s%n", "cycle", "threads", "recognisers", "heap_MB",
                "rss_MB", "nmt_MB", "files");
        try (LiveCaptioning live = new LiveCaptioning(SpeechModel.load(model), PlainStage.create(List.of(), w -> { }),
                new SessionStore(sessions))) {
            print(0);
            for (int i = 1; i <= cycles; i++) {
                CountDownLatch heard = new CountDownLatch(1);
                CaptionPipeline run = live.start(new FileSource(speech, Pace.REAL_TIME), new PipelineEvents() {
                    @Override
                    public void onAudio(AudioChunk chunk, double backlogSeconds) {
                        heard.countDown();
                    }
                });
                if (!heard.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("cycle " + i + " heard nothing");
                }
                live.stop();
                if (!run.awaitEnd(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("cycle " + i + " did not end");
                }
                if (i % every == 0) {
                    print(i);
                }
            }
        }
    }

    private static void print(int cycle) {
        if (trim) {
            com.sun.jna.Native.load("c", Glibc.class).malloc_trim(0);
        }
        ProcessFigures f = ProcessFigures.now();
        System.out.printf(Locale.ROOT, "%6d %8d %11d %8.1f %8.0f %8.0f %6d%n", cycle, f.threads(),
                SpeechModel.openRecognizers(), f.heapMb(), f.rssMb(), f.nmtMb(), f.openFiles());
    }
}

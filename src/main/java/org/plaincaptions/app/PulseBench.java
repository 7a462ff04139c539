package org.plaincaptions.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.ui.PulseMonitor;
import org.plaincaptions.ui.control.SourceChoice;

/**
 * Measures whether the FX thread keeps up while the real app captions a recording as fast as the
 * computer can: opens both windows, transcribes the file at full speed through the real pipeline and
 * prints one JSON line with the gaps between FX pulses ({@link PulseMonitor}). bench/fx-pulse.sh runs it.
 * <pre>java -cp target/plain-captions.jar org.plaincaptions.app.PulseBench RECORDING.wav</pre>
 */
public final class PulseBench {
    private static volatile Path recording;

    private PulseBench() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: PulseBench RECORDING.wav");
            System.exit(2);
        }
        recording = Path.of(args[0]);
        Application.launch(Window.class);
    }

    /** The app, started on the recording, measured until the transcription is done. */
    public static final class Window extends Application {
        private Desktop desktop;

        @Override
        public void start(Stage stage) throws Exception {
            Path home = Files.createTempDirectory("pulse-bench");
            AppFolders folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("state"));
            desktop = new Desktop(stage, new DesktopOptions(Optional.empty(), Optional.empty()), folders);
            desktop.show();
            PulseMonitor monitor = new PulseMonitor();
            var room = desktop.controlRoom().model();
            room.sourceProperty().set(SourceChoice.transcription(recording));
            long[] started = new long[1];
            desktop.addFxListener(new org.plaincaptions.ui.FxPipelineBridge.Receiver() {
                @Override
                public void caption(org.plaincaptions.captions.Caption caption) {
                }

                @Override
                public void audio(org.plaincaptions.audio.AudioChunk chunk, double backlogSeconds) {
                }

                @Override
                public void problem(String message) {
                    System.err.println("problem: " + message);
                }

                @Override
                public void ended(org.plaincaptions.pipeline.PipelineStats stats) {
                    monitor.stop();
                    PulseMonitor.Figures f = monitor.figures();
                    System.out.println(String.format(Locale.ROOT, "{\"audio_s\": %.1f, \"wall_s\": %.2f, \"words\": %d,"
                                    + " \"pulses\": %d, \"median_gap_ms\": %.1f, \"p99_gap_ms\": %.1f,"
                                    + " \"max_gap_ms\": %.1f, \"max_late_ms\": %.1f, \"fx_running_in_max_gap_ms\": %.1f,"
                                    + " \"renderer_running_in_max_gap_ms\": %.1f, \"max_fx_running_between_pulses_ms\": %.1f}", stats.audioSeconds(),
                            (System.nanoTime() - started[0]) / 1e9, stats.words(), f.pulses(), f.medianGapMillis(),
                            f.p99GapMillis(), f.maxGapMillis(), f.maxLateMillis(), f.maxGapFxCpuMillis(),
                            f.maxGapRendererCpuMillis(), f.maxFxCpuMillis()));
                    Platform.exit();
                }
            });
            room.runningProperty().addListener((o, a, running) -> {
                if (running) {
                    started[0] = System.nanoTime();
                }
            });
            // Start as soon as the model is loaded, measuring from just before.
            room.statusProperty().addListener((o, a, b) -> {
                if (b.startsWith("Ready") && !room.isRunning()) {
                    monitor.start();
                    desktop.controlRoom().pressStart();
                }
            });
        }

        @Override
        public void stop() {
            if (desktop != null) {
                desktop.close();
            }
        }
    }
}

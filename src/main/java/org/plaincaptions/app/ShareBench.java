package org.plaincaptions.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.share.ShareServer;
import org.plaincaptions.ui.PulseMonitor;
import org.plaincaptions.ui.control.SourceChoice;

/**
 * The desktop app captioning a recording at live pace, sharing to phones or not, measured: FX pulses,
 * the process's CPU time and memory, and when each final caption was emitted (written to a file, so
 * the readers' side, bench/ReaderLoad.java in another process, can tell how long delivery took).
 * bench/share-readers.sh runs it.
 * <pre>java -cp target/plain-captions.jar org.plaincaptions.app.ShareBench RECORDING.wav EMITTED.txt [PORT READERS]</pre>
 */
public final class ShareBench {
    private static volatile Path recording;
    private static volatile Path emittedFile;
    private static volatile int port = -1;
    private static volatile int readers;

    private ShareBench() {
    }

    public static void main(String[] args) {
        if ((args.length != 2 && args.length != 4) || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: ShareBench RECORDING.wav EMITTED.txt [PORT READERS]");
            System.exit(2);
        }
        recording = Path.of(args[0]);
        emittedFile = Path.of(args[1]);
        if (args.length == 4) {
            port = Integer.parseInt(args[2]);
            readers = Integer.parseInt(args[3]);
        }
        Application.launch(Window.class);
    }

    /** The app, started on the recording once the model is loaded (and the readers are in), measured to its end. */
    public static final class Window extends Application {
        private Desktop desktop;

        @Override
        public void start(Stage stage) throws Exception {
            Path home = Files.createTempDirectory("share-bench");
            AppFolders folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("state"));
            Optional<ShareServer.Options> share = port < 0 ? Optional.empty()
                    : Optional.of(new ShareServer.Options("127.0.0.1", port, Optional.empty(), Math.max(1000, readers)));
            desktop = new Desktop(stage, new DesktopOptions(Optional.empty(), Optional.empty(), false, share), folders);
            List<String> emitted = new CopyOnWriteArrayList<>();
            desktop.addPipelineListener(new PipelineEvents() {
                @Override
                public void onCaption(Caption caption) {
                    if (caption.isFinal() && !caption.isEmpty()) {
                        emitted.add(caption.sequence() + " " + System.currentTimeMillis());
                    }
                }
            });
            desktop.show();
            PulseMonitor monitor = new PulseMonitor();
            var room = desktop.controlRoom().model();
            room.sourceProperty().set(SourceChoice.recording(recording));
            double[] cpuAtStart = new double[1];
            desktop.addFxListener(new org.plaincaptions.ui.FxPipelineBridge.Receiver() {
                @Override
                public void caption(Caption caption) {
                }

                @Override
                public void audio(org.plaincaptions.audio.AudioChunk chunk, double backlogSeconds) {
                }

                @Override
                public void problem(String message) {
                    System.err.println("problem: " + message);
                }

                @Override
                public void ended(PipelineStats stats) {
                    monitor.stop();
                    double cpu = cpuSeconds() - cpuAtStart[0];
                    int connected = desktop.sharing().map(s -> s.hub().readers()).orElse(0);
                    Thread finish = new Thread(() -> finish(stats, monitor.figures(), cpu, connected, emitted));
                    finish.start();
                }
            });
            room.statusProperty().addListener((o, a, b) -> {
                if (b.startsWith("Ready") && !room.isRunning()) {
                    new Thread(() -> {
                        awaitReaders();
                        Platform.runLater(() -> {
                            System.gc();
                            cpuAtStart[0] = cpuSeconds();
                            monitor.start();
                            desktop.controlRoom().pressStart();
                        });
                    }).start();
                }
            });
        }

        /** Waits (at most two minutes) until the readers the bench asked for are connected. */
        private void awaitReaders() {
            long until = System.nanoTime() + 120_000_000_000L;
            while (readers > 0 && System.nanoTime() < until) {
                int now = desktop.sharing().map(s -> s.hub().readers()).orElse(0);
                if (now >= readers) {
                    System.err.println("readers connected: " + now);
                    return;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void finish(PipelineStats stats, PulseMonitor.Figures f, double cpu, int connected, List<String> emitted) {
            try {
                Thread.sleep(3000); // the last finals reach the readers
                Files.write(emittedFile, new ArrayList<>(emitted));
            } catch (IOException | InterruptedException e) {
                System.err.println("could not write " + emittedFile + ": " + e);
            }
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.println(String.format(Locale.ROOT, "{\"sharing\": %s, \"readers_at_end\": %d, \"audio_s\": %.1f,"
                            + " \"finals\": %d, \"cpu_s\": %.1f, \"cpu_share_of_one_core\": %.2f, \"peak_rss_mb\": %d,"
                            + " \"heap_after_gc_mb\": %d, \"threads\": %d, \"pulses\": %d, \"median_gap_ms\": %.1f,"
                            + " \"p99_gap_ms\": %.1f, \"max_gap_ms\": %.1f, \"max_late_ms\": %.1f,"
                            + " \"max_fx_running_between_pulses_ms\": %.1f}",
                    port >= 0, connected, stats.audioSeconds(), emitted.size(), cpu, cpu / stats.audioSeconds(),
                    status("VmHWM") / 1024, heap / (1024 * 1024), ManagementFactory.getThreadMXBean().getThreadCount(), f.pulses(), f.medianGapMillis(),
                    f.p99GapMillis(), f.maxGapMillis(), f.maxLateMillis(), f.maxFxCpuMillis()));
            Platform.runLater(Platform::exit);
        }

        @Override
        public void stop() {
            if (desktop != null) {
                desktop.close();
            }
        }
    }

    private static double cpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** A figure from /proc/self/status in kB (0 where there is none). */
    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}

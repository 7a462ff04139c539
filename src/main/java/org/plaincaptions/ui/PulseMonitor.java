package org.plaincaptions.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Measures how late the FX thread's pulses are: an {@link AnimationTimer} asks for a pulse every frame
 * (60 a second) and records the gap between consecutive ones. A gap longer than a frame means the FX
 * thread was busy, blocked, or not given a processor that long; the lateness is the gap minus one
 * frame. For the longest gap it also records how much of it the FX thread spent running (its CPU
 * time), which tells our own work apart from a machine too busy to run the FX thread at all.
 */
public final class PulseMonitor {
    /** One frame at JavaFX's default 60 pulses a second. */
    public static final double FRAME_MILLIS = 1000.0 / 60;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AnimationTimer timer;
    private double[] gaps = new double[4096];
    private int count;
    private long last = -1;
    private long lastCpu;
    private double maxGapCpuMillis;
    private double maxCpuMillis;
    private long rendererId = -1;
    private long lastRendererCpu;
    private double maxGapRendererMillis;

    public PulseMonitor() {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
                long rendererCpu = rendererId < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(rendererId));
                if (last >= 0) {
                    double gap = (now - last) / 1e6;
                    double running = (cpu - lastCpu) / 1e6;
                    if (count == 0 || gap > max()) {
                        maxGapCpuMillis = running;
                        maxGapRendererMillis = (rendererCpu - lastRendererCpu) / 1e6;
                    }
                    maxCpuMillis = Math.max(maxCpuMillis, running);
                    record(gap);
                }
                last = now;
                lastCpu = cpu;
                lastRendererCpu = rendererCpu;
            }
        };
    }

    /** Starts measuring; call on the FX thread. */
    public void start() {
        last = -1;
        // JavaFX draws on its own thread; the FX thread waits for the last frame before the next pulse.
        rendererId = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
        timer.start();
    }

    /** Stops measuring; call on the FX thread. */
    public void stop() {
        timer.stop();
    }

    private double max() {
        double max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, gaps[i]);
        }
        return max;
    }

    private void record(double millis) {
        if (count == gaps.length) {
            gaps = Arrays.copyOf(gaps, count * 2);
        }
        gaps[count++] = millis;
    }

    /** The figures so far; call on the FX thread. */
    public Figures figures() {
        double[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        if (count == 0) {
            return new Figures(0, 0, 0, 0, 0, 0, 0);
        }
        return new Figures(count, sorted[count - 1], sorted[(int) Math.ceil((count - 1) * 0.99)], sorted[(count - 1) / 2],
                maxGapCpuMillis, maxGapRendererMillis, maxCpuMillis);
    }

    /**
     * Pulses measured; the longest, 99th-percentile and median gap between them; how long the FX thread
     * and the renderer thread were running during the longest gap; and the most the FX thread ran
     * between any two pulses. All in milliseconds.
     */
    public record Figures(int pulses, double maxGapMillis, double p99GapMillis, double medianGapMillis,
                          double maxGapFxCpuMillis, double maxGapRendererCpuMillis, double maxFxCpuMillis) {
        /** How much later than one frame the latest pulse came. */
        public double maxLateMillis() {
            return Math.max(0, maxGapMillis - FRAME_MILLIS);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pulses; gap between pulses: median %.1f ms, p99 %.1f ms, max %.1f ms"
                            + " (FX thread running %.1f ms of it, renderer %.1f ms); latest pulse %.1f ms late; most FX"
                            + " work between two pulses %.1f ms", pulses, medianGapMillis, p99GapMillis, maxGapMillis,
                    maxGapFxCpuMillis, maxGapRendererCpuMillis, maxLateMillis(), maxFxCpuMillis);
        }
    }
}

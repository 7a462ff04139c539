package org.plaincaptions.ui;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Measures how late the FX thread's pulses are: an {@link AnimationTimer} asks for a pulse every frame
 * (60 a second) and records the gap between consecutive ones. A gap longer than a frame means the FX
 * thread was busy (or blocked) that long; the lateness is the gap minus one frame.
 */
public final class PulseMonitor {
    /** One frame at JavaFX's default 60 pulses a second. */
    public static final double FRAME_MILLIS = 1000.0 / 60;

    private final AnimationTimer timer;
    private double[] gaps = new double[4096];
    private int count;
    private long last = -1;

    public PulseMonitor() {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last >= 0) {
                    record((now - last) / 1e6);
                }
                last = now;
            }
        };
    }

    /** Starts measuring; call on the FX thread. */
    public void start() {
        last = -1;
        timer.start();
    }

    /** Stops measuring; call on the FX thread. */
    public void stop() {
        timer.stop();
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
        return new Figures(count, count == 0 ? 0 : sorted[count - 1], count == 0 ? 0 : sorted[(int) ((count - 1) * 0.99)],
                count == 0 ? 0 : sorted[(count - 1) / 2]);
    }

    /** Pulses measured, and the longest, 99th-percentile and median gap between them, in milliseconds. */
    public record Figures(int pulses, double maxGapMillis, double p99GapMillis, double medianGapMillis) {
        /** How much later than one frame the latest pulse came. */
        public double maxLateMillis() {
            return Math.max(0, maxGapMillis - FRAME_MILLIS);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d pulses; gap between pulses: median %.1f ms, p99 %.1f ms, max %.1f ms; latest pulse %.1f ms late",
                    pulses, medianGapMillis, p99GapMillis, maxGapMillis, maxLateMillis());
        }
    }
}

package org.plaincaptions.pipeline;

import java.util.Arrays;

/**
 * Figures of one run.
 *
 * @param audioSeconds    audio recognised
 * @param wallSeconds     from the start of audio to the last caption
 * @param words           words in final captions
 * @param latenciesMillis  for each word, from when the audio at its end was delivered to when a caption
 *                         showing it as finally recognised was emitted; sorted
 * @param firstShownMillis for each word, until something first showed in its place (even a guess that
 *                         was revised later); sorted
 * @param settledMillis    for each word, until it was shown in its final form in the place it kept (each
 *                         caption aligned with the one before); sorted
 */
public record PipelineStats(double audioSeconds, double wallSeconds, long words, double[] latenciesMillis,
                            double[] firstShownMillis, double[] settledMillis, double maxBacklogSeconds) {

    /** Real-time factor: wall time over audio time; below 1 keeps up with a live speaker. */
    public double realTimeFactor() {
        return audioSeconds > 0 ? wallSeconds / audioSeconds : Double.NaN;
    }

    /** The p-th percentile latency (nearest rank), NaN when nothing was measured. */
    public double latencyPercentile(double p) {
        return percentile(latenciesMillis, p);
    }

    public double firstShownPercentile(double p) {
        return percentile(firstShownMillis, p);
    }

    public double settledPercentile(double p) {
        return percentile(settledMillis, p);
    }

    /** Nearest-rank percentile of sorted values; NaN when there are none. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static PipelineStats of(double audioSeconds, double wallSeconds, long words, LatencyProbe latency,
                                   double maxBacklogSeconds) {
        double[] exact = latency.latencies();
        double[] first = latency.firstShownLatencies();
        Arrays.sort(exact);
        double[] settled = latency.settledLatencies();
        Arrays.sort(first);
        Arrays.sort(settled);
        return new PipelineStats(audioSeconds, wallSeconds, words, exact, first, settled, maxBacklogSeconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PipelineStats s && s.audioSeconds == audioSeconds && s.wallSeconds == wallSeconds
                && s.words == words && Arrays.equals(s.latenciesMillis, latenciesMillis)
                && Arrays.equals(s.firstShownMillis, firstShownMillis) && Arrays.equals(s.settledMillis, settledMillis)
                && s.maxBacklogSeconds == maxBacklogSeconds;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(wallSeconds) * 31 + Arrays.hashCode(latenciesMillis);
    }

    @Override
    public String toString() {
        return "PipelineStats[audio=" + audioSeconds + "s, wall=" + wallSeconds + "s, words=" + words + "]";
    }
}

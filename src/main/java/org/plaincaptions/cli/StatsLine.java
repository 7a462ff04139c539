package org.plaincaptions.cli;

import java.util.Locale;
import java.util.Optional;
import org.plaincaptions.pipeline.PipelineStats;

/** The {@code --stats} line: one JSON object, printed last on standard error. */
final class StatsLine {
    private StatsLine() {
    }

    static String of(PipelineStats s, double modelLoadSeconds, double cpuSeconds, boolean realtime) {
        return of(s, modelLoadSeconds, cpuSeconds, realtime, Optional.empty());
    }

    /**
     * @param cpuSeconds CPU time of the whole process while the audio was recognised (all threads)
     * @param session    the name of the session the run was saved in, when it was
     */
    static String of(PipelineStats s, double modelLoadSeconds, double cpuSeconds, boolean realtime,
                     Optional<String> session) {
        StringBuilder json = new StringBuilder("{");
        json.append(String.format(Locale.ROOT,
                "\"audio_s\": %.3f, \"wall_s\": %.3f, \"rtf\": %.4f, \"cpu_s\": %.3f, \"words\": %d, "
                        + "\"model_load_s\": %.3f, \"max_backlog_s\": %.3f",
                s.audioSeconds(), s.wallSeconds(), s.realTimeFactor(), cpuSeconds, s.words(), modelLoadSeconds,
                s.maxBacklogSeconds()));
        if (realtime) {
            json.append(String.format(Locale.ROOT, ", \"latency_p50_ms\": %.1f, \"latency_p95_ms\": %.1f"
                            + ", \"first_shown_p50_ms\": %.1f, \"first_shown_p95_ms\": %.1f"
                            + ", \"settled_p50_ms\": %.1f, \"settled_p95_ms\": %.1f",
                    s.latencyPercentile(50), s.latencyPercentile(95),
                    s.firstShownPercentile(50), s.firstShownPercentile(95),
                    s.settledPercentile(50), s.settledPercentile(95)));
        }
        session.ifPresent(id -> json.append(", \"session\": \"").append(id).append('"'));
        return json.append('}').toString();
    }
}

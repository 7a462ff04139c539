package org.plaincaptions.captions;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** SubRip (.srt) or WebVTT (.vtt) cues, cut to the caption layout. */
final class SubtitleCaptionWriter implements CaptionWriter {
    private final Writer out;
    private final Track track;
    private final CueBuilder cues;
    private final boolean webVtt;
    private int index;
    private double lastEnd;

    SubtitleCaptionWriter(Writer out, Track track, CaptionLayout layout, boolean webVtt) {
        this.out = out;
        this.track = track;
        this.cues = new CueBuilder(layout);
        this.webVtt = webVtt;
    }

    @Override
    public void write(Caption caption) throws IOException {
        if (webVtt && index == 0) {
            out.write("WEBVTT\n\n");
        }
        for (Cue cue : cues.cues(caption, track)) {
            // Players reject cues that run backwards or overlap oddly; keep times monotonic.
            double start = Math.max(cue.start(), lastEnd);
            double end = Math.max(cue.end(), start + 0.001);
            index++;
            StringBuilder sb = new StringBuilder();
            sb.append(index).append('\n');
            sb.append(timestamp(start)).append(" --> ").append(timestamp(end)).append('\n');
            for (String line : cue.lines()) {
                sb.append(webVtt ? escapeVtt(line) : line).append('\n');
            }
            sb.append('\n');
            out.write(sb.toString());
            lastEnd = end;
        }
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        if (webVtt && index == 0) {
            out.write("WEBVTT\n\n");
            index = -1;
        }
        out.flush();
    }

    private String timestamp(double seconds) {
        long ms = Math.round(Math.max(0, seconds) * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%s%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, webVtt ? "." : ",", ms % 1000);
    }

    private static String escapeVtt(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("-->", "--&gt;");
    }
}

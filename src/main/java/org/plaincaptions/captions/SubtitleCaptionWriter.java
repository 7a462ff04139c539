package org.plaincaptions.captions;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

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
            cue(cue.start(), cue.end(), cue.lines());
        }
        out.flush();
    }

    /** The marker is a cue that lasts as long as the gap, so a viewer sees why nothing is shown. */
    @Override
    public void gap(CaptionGap gap) throws IOException {
        if (webVtt && index == 0) {
            out.write("WEBVTT\n\n");
        }
        cue(gap.start(), gap.end(), List.of(gap.marker()));
        out.flush();
    }

    private void cue(double cueStart, double cueEnd, List<String> lines) throws IOException {
        // Players reject cues that run backwards or overlap oddly; keep times monotonic.
        double start = Math.max(cueStart, lastEnd);
        double end = Math.max(cueEnd, start + 0.001);
        index++;
        StringBuilder sb = new StringBuilder();
        sb.append(index).append('\n');
        sb.append(timestamp(start)).append(" --> ").append(timestamp(end)).append('\n');
        for (String line : lines) {
            sb.append(webVtt ? escapeVtt(line) : line).append('\n');
        }
        sb.append('\n');
        out.write(sb.toString());
        lastEnd = end;
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
        return CaptionTimes.withMillis(seconds, webVtt ? '.' : ',');
    }

    private static String escapeVtt(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("-->", "--&gt;");
    }
}

package org.plaincaptions.captions;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * SubRip (.srt) or WebVTT (.vtt) cues, cut to the caption layout, each on screen long enough to read:
 * at least {@link #MIN_SECONDS} (docs/decisions/0037-subtitle-cues-long-enough-to-read.md). A cue that
 * would be shorter is merged with the next one when both fit the layout's lines and the next begins
 * within that time, else held, and the next waits for it. So each cue is written once the next is known.
 */
final class SubtitleCaptionWriter implements CaptionWriter {
    /** DCMP: captions stay up at least two seconds. */
    static final double MIN_SECONDS = 2.0;

    private final Writer out;
    private final Track track;
    private final CueBuilder cues;
    private final int maxLines;
    private final boolean webVtt;
    private int index;
    private double lastEnd;
    private Cue pending;
    private boolean headerWritten;

    SubtitleCaptionWriter(Writer out, Track track, CaptionLayout layout, boolean webVtt) {
        this.out = out;
        this.track = track;
        this.cues = new CueBuilder(layout);
        this.maxLines = layout.maxLines();
        this.webVtt = webVtt;
    }

    @Override
    public void write(Caption caption) throws IOException {
        for (Cue cue : cues.cues(caption, track)) {
            offer(cue);
        }
        out.flush();
    }

    /** Takes the next cue: merges it into a short one before it, or writes that one and keeps this one. */
    private void offer(Cue next) throws IOException {
        if (pending != null && pending.end() - pending.start() < MIN_SECONDS
                && pending.lines().size() + next.lines().size() <= maxLines
                && next.start() <= pending.start() + MIN_SECONDS) {
            List<String> lines = new java.util.ArrayList<>(pending.lines());
            lines.addAll(next.lines());
            pending = new Cue(pending.start(), Math.max(pending.end(), next.end()), lines);
            return;
        }
        flushPending();
        pending = next;
    }

    private void flushPending() throws IOException {
        if (pending != null) {
            Cue cue = pending;
            pending = null;
            cue(cue.start(), cue.end(), cue.lines());
        }
    }

    /** The marker is a cue that lasts as long as the gap, so a viewer sees why nothing is shown. */
    @Override
    public void gap(CaptionGap gap) throws IOException {
        flushPending();
        cue(gap.start(), gap.end(), List.of(gap.marker()));
        out.flush();
    }

    private void header() throws IOException {
        if (webVtt && !headerWritten) {
            out.write("WEBVTT\n\n");
            headerWritten = true;
        }
    }

    private void cue(double cueStart, double cueEnd, List<String> lines) throws IOException {
        header();
        // Players reject cues that run backwards or overlap oddly; keep times monotonic. Each stays long enough
        // to read; the next waits until it has gone.
        double start = Math.max(cueStart, lastEnd);
        double end = Math.max(cueEnd, start + MIN_SECONDS);
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
        flushPending();
        header();
        out.flush();
    }

    private String timestamp(double seconds) {
        return CaptionTimes.withMillis(seconds, webVtt ? '.' : ',');
    }

    private static String escapeVtt(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("-->", "--&gt;");
    }
}

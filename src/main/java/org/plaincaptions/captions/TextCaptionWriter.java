package org.plaincaptions.captions;

import java.io.IOException;
import java.io.Writer;

/** Plain text: one line per utterance of the chosen track, optionally after the time it was said. */
final class TextCaptionWriter implements CaptionWriter {
    private final Writer out;
    private final Track track;
    private final boolean times;

    TextCaptionWriter(Writer out, Track track, boolean times) {
        this.out = out;
        this.track = track;
        this.times = times;
    }

    @Override
    public void write(Caption caption) throws IOException {
        String text = caption.text(track);
        if (!text.isBlank()) {
            line(caption.start(), text);
        }
    }

    @Override
    public void gap(CaptionGap gap) throws IOException {
        line(gap.start(), gap.marker());
    }

    private void line(double start, String text) throws IOException {
        if (times) {
            out.write('[' + CaptionTimes.clock(start) + "] ");
        }
        out.write(text);
        out.write('\n');
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}

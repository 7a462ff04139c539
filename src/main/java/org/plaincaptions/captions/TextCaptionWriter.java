package org.plaincaptions.captions;

import java.io.IOException;
import java.io.Writer;

/** Plain text: one line per utterance of the chosen track. */
final class TextCaptionWriter implements CaptionWriter {
    private final Writer out;
    private final Track track;

    TextCaptionWriter(Writer out, Track track) {
        this.out = out;
        this.track = track;
    }

    @Override
    public void write(Caption caption) throws IOException {
        String text = caption.text(track);
        if (!text.isBlank()) {
            out.write(text);
            out.write('\n');
            out.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}

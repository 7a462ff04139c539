package org.plaincaptions.captions;

import java.io.IOException;

/**
 * Writes final captions to a transcript or subtitle file as they arrive, so a run that stops early
 * still leaves a usable file.
 */
public interface CaptionWriter extends AutoCloseable {

    /** Writes one final caption (empty ones are ignored). */
    void write(Caption caption) throws IOException;

    /** Writes a visible marker where nothing was captioned (the microphone was lost, speech was skipped). */
    void gap(CaptionGap gap) throws IOException;

    /** Writes whatever a format needs at the end and flushes. Does not close the underlying stream. */
    void finish() throws IOException;

    @Override
    default void close() throws IOException {
        finish();
    }
}

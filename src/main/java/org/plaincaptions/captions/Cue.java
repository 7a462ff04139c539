package org.plaincaptions.captions;

import java.util.List;

/** One subtitle cue: up to {@code maxLines} lines shown from {@code start} to {@code end} seconds. */
public record Cue(double start, double end, List<String> lines) {
    public Cue {
        lines = List.copyOf(lines);
    }
}

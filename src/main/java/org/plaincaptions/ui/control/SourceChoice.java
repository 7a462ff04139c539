package org.plaincaptions.ui.control;

import java.nio.file.Path;
import java.util.Optional;

/** What the facilitator picked to listen to: a microphone by name, or a recording played at live pace. */
public record SourceChoice(String label, Optional<String> device, Optional<Path> file) {

    public static SourceChoice systemDefault() {
        return new SourceChoice("System default microphone", Optional.empty(), Optional.empty());
    }

    public static SourceChoice device(String name) {
        return new SourceChoice(name, Optional.of(name), Optional.empty());
    }

    public static SourceChoice recording(Path file) {
        return new SourceChoice("Recording: " + file.getFileName(), Optional.empty(), Optional.of(file));
    }

    @Override
    public String toString() {
        return label;
    }
}

package org.plaincaptions.ui.control;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the facilitator picked to listen to: a microphone by name, or a recording, played at live pace
 * (to rehearse) or as fast as possible (to transcribe it, with a progress bar).
 */
public record SourceChoice(String label, Optional<String> device, Optional<Path> file, boolean fast) {

    public static SourceChoice systemDefault() {
        return new SourceChoice("System default microphone", Optional.empty(), Optional.empty(), false);
    }

    public static SourceChoice device(String name) {
        return new SourceChoice(name, Optional.of(name), Optional.empty(), false);
    }

    public static SourceChoice recording(Path file) {
        return new SourceChoice("Recording: " + file.getFileName(), Optional.empty(), Optional.of(file), false);
    }

    /** A recording transcribed as fast as the computer can. */
    public static SourceChoice transcription(Path file) {
        return new SourceChoice("Transcribe: " + file.getFileName() + " (full speed)", Optional.empty(),
                Optional.of(file), true);
    }

    public boolean isMicrophone() {
        return file.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}

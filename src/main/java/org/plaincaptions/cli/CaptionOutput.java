package org.plaincaptions.cli;

import java.nio.file.Path;
import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;
import picocli.CommandLine.Option;

/** How captions are written, the same for {@code transcribe} and {@code export}: format, track, where. */
final class CaptionOutput {
    @Option(names = "--format", paramLabel = "txt|txt-times|srt|vtt|jsonl", defaultValue = "txt",
            converter = Converters.FormatConverter.class, description = "Output format (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = "--track", paramLabel = "plain|raw", defaultValue = "plain",
            converter = Converters.TrackConverter.class,
            description = "Plain words or the words as said (default: ${DEFAULT-VALUE}). jsonl always has both.")
    Track track;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;
}

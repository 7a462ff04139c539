package org.plaincaptions.cli;

import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values with messages that list the choices. */
final class Converters {
    private Converters() {
    }

    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format: use txt, txt-times, srt, vtt or jsonl");
            }
        }
    }

    static final class TrackConverter implements ITypeConverter<Track> {
        @Override
        public Track convert(String value) {
            try {
                return Track.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a track: use plain or raw");
            }
        }
    }
}

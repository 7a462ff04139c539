package org.plaincaptions.captions;

import java.io.Writer;
import java.util.Locale;

/** The transcript and subtitle formats Plain Captions writes. */
public enum ExportFormat {
    /** One line per utterance. */
    TXT,
    /** One line per utterance, starting with the time it was said: {@code [00:01:23] text}. */
    TXT_TIMES,
    /** SubRip subtitles. */
    SRT,
    /** WebVTT subtitles, for the web and most video players. */
    VTT,
    /** One JSON object per utterance with both tracks and times. */
    JSONL;

    /** For command-line and settings values: {@code txt}, {@code txt-times}, {@code srt}, {@code vtt}, {@code jsonl}. */
    public static ExportFormat parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The usual file name ending. */
    public String extension() {
        return this == TXT_TIMES ? "txt" : toString();
    }

    public CaptionWriter writer(Writer out, Track track, CaptionLayout layout) {
        return switch (this) {
            case TXT -> new TextCaptionWriter(out, track, false);
            case TXT_TIMES -> new TextCaptionWriter(out, track, true);
            case SRT -> new SubtitleCaptionWriter(out, track, layout, false);
            case VTT -> new SubtitleCaptionWriter(out, track, layout, true);
            case JSONL -> new JsonLinesCaptionWriter(out);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

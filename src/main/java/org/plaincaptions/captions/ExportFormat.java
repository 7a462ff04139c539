package org.plaincaptions.captions;

import java.io.Writer;
import java.util.Locale;

/** The transcript and subtitle formats Plain Captions writes. */
public enum ExportFormat {
    /** One line per utterance. */
    TXT,
    /** SubRip subtitles. */
    SRT,
    /** WebVTT subtitles, for the web and most video players. */
    VTT,
    /** One JSON object per utterance with both tracks and times. */
    JSONL;

    public static ExportFormat parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    public CaptionWriter writer(Writer out, Track track, CaptionLayout layout) {
        return switch (this) {
            case TXT -> new TextCaptionWriter(out, track);
            case SRT -> new SubtitleCaptionWriter(out, track, layout, false);
            case VTT -> new SubtitleCaptionWriter(out, track, layout, true);
            case JSONL -> new JsonLinesCaptionWriter(out);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

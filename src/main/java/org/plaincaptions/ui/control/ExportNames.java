package org.plaincaptions.ui.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;

/** The choices of the past sessions window in words a facilitator uses, not file extensions. */
final class ExportNames {
    private ExportNames() {
    }

    static String of(ExportFormat format) {
        return switch (format) {
            case TXT -> "Text";
            case TXT_TIMES -> "Text with times";
            case SRT -> "SRT subtitles";
            case VTT -> "WebVTT subtitles";
            case JSONL -> "JSON lines (both words)";
        };
    }

    static String of(Track track) {
        return switch (track) {
            case PLAIN -> "Plain words (as shown)";
            case RAW -> "As said (raw)";
        };
    }

    /** "Never", "After 7 days". */
    static String age(int days) {
        return days <= 0 ? "Never" : "After " + days(days);
    }

    static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    static void offerFormats(ComboBox<ExportFormat> box) {
        box.setId("sessions-format");
        box.setAccessibleText("Export format");
        box.getItems().setAll(ExportFormat.values());
        box.setConverter(converter(ExportNames::of));
        box.setValue(ExportFormat.TXT);
    }

    static void offerTracks(ComboBox<Track> box) {
        box.setId("sessions-track");
        box.setAccessibleText("Words to export: plain or as said");
        box.getItems().setAll(Track.PLAIN, Track.RAW);
        box.setConverter(converter(ExportNames::of));
        box.setValue(Track.PLAIN);
    }

    /** The usual ages, and the one in the settings if it is another (written by hand). */
    static void offerAges(ComboBox<Integer> box, List<Integer> usual, int current) {
        box.setId("sessions-clean-up");
        box.setAccessibleText("Delete sessions automatically after");
        List<Integer> ages = new ArrayList<>(usual);
        if (!ages.contains(current)) {
            ages.add(current);
            ages.sort(null);
        }
        box.getItems().setAll(ages);
        box.setConverter(converter(ExportNames::age));
        box.setValue(current);
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice, not typed");
            }
        };
    }
}

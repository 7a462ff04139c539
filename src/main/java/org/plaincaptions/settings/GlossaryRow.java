package org.plaincaptions.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plaincaptions.plain.Glossary;
import org.plaincaptions.plain.GlossaryException;

/**
 * One row of the meeting's glossary as the facilitator writes it: text cells, checked by the same
 * rules the plain-language stage reads them with (see docs/glossary-guide.md).
 */
public record GlossaryRow(String term, String plain, String pos, String mode, String note, String source) {
    static final List<String> COLUMNS = List.of("term", "plain", "pos", "mode", "note", "source");

    public GlossaryRow {
        term = clean(term).toLowerCase(Locale.ROOT);
        plain = clean(plain);
        pos = clean(pos).toLowerCase(Locale.ROOT);
        mode = clean(mode).toLowerCase(Locale.ROOT);
        note = clean(note);
        source = clean(source);
    }

    /** A row replacing {@code term} with {@code plain}, as "Add plain words" makes it. */
    public static GlossaryRow of(String term, String plain) {
        return new GlossaryRow(term, plain, "", "", "", "added in the meeting");
    }

    /** Why the plain-language stage would skip this row, or empty when it will use it. */
    public Optional<String> problem() {
        List<String> warnings = new ArrayList<>();
        try {
            Glossary.parse("row", GlossaryFile.toCsv(List.of(this)), warnings::add);
        } catch (GlossaryException e) {
            return Optional.of(e.getMessage());
        }
        // "row:2: empty term, row skipped" → "empty term"
        return warnings.stream().findFirst().map(w -> w.replaceFirst("^row:\\d+: ", "").replaceFirst(", row skipped$", ""));
    }

    List<String> cells() {
        return List.of(term, plain, pos, mode, note, source);
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip();
    }
}

package org.plaincaptions.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plaincaptions.plain.GlossaryEntry.Mode;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;

/**
 * A list of terms and their plain words, read from a UTF-8 CSV file a facilitator can edit in a
 * spreadsheet. The header names the columns: {@code term} and {@code plain} are needed; {@code pos},
 * {@code mode}, {@code note} and {@code source} may follow in any order. Blank lines and lines
 * starting with {@code #} are ignored. A row that cannot be used is reported as
 * {@code file:line: reason} and skipped; the rest still loads.
 */
public final class Glossary {
    /** The glossary shipped inside the app. */
    public static final String DEFAULT_NAME = "default-glossary.csv";
    private static final int MAX_TERM_WORDS = 8;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
            .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true)
            .get();

    private final String name;
    private final List<GlossaryEntry> entries;

    Glossary(String name, List<GlossaryEntry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /** A glossary built in code, e.g. for tests or a benchmark. */
    public static Glossary of(String name, List<GlossaryEntry> entries) {
        return new Glossary(name, entries);
    }

    public String name() {
        return name;
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The glossary shipped inside the app. */
    public static Glossary builtIn() {
        try (InputStream in = Glossary.class.getResourceAsStream(DEFAULT_NAME)) {
            if (in == null) {
                throw new IllegalStateException("built-in glossary missing from the jar: " + DEFAULT_NAME);
            }
            return parse(DEFAULT_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8), w -> { });
        } catch (IOException | GlossaryException e) {
            throw new IllegalStateException("cannot read built-in glossary", e);
        }
    }

    /** Reads a glossary file; rows that can't be used are reported to {@code warnings} and skipped. */
    public static Glossary load(Path file, Consumer<String> warnings) throws GlossaryException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GlossaryException("Glossary " + file + " does not exist: check the path.");
        } catch (IOException e) {
            throw new GlossaryException("Glossary " + file + " cannot be read as UTF-8 text: " + e.getMessage());
        }
        return parse(file.toString(), text, warnings);
    }

    /** Reads glossary text; {@code name} is used in messages. */
    public static Glossary parse(String name, String text, Consumer<String> warnings) throws GlossaryException {
        // Spreadsheets often save UTF-8 with a byte-order mark, which would otherwise become part of "term".
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(body);
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (Reader reader = new StringReader(body); CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = columns(name, parser.getHeaderNames());
            for (CSVRecord row : parser) {
                int line = lineOf(lineStarts, startOfRow(body, (int) row.getCharacterPosition()));
                String where = name + ":" + line;
                try {
                    GlossaryEntry entry = entry(row, header, where);
                    Integer earlier = seen.put(entry.term().toLowerCase(Locale.ROOT), line);
                    if (earlier != null) {
                        warnings.accept(where + ": same term as line " + earlier + "; this later row is used");
                    }
                    entries.add(entry);
                } catch (IllegalArgumentException e) {
                    warnings.accept(where + ": " + e.getMessage() + ", row skipped");
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new GlossaryException("Glossary " + name + " is not valid CSV: " + e.getMessage());
        }
        return new Glossary(name, entries);
    }

    private static Map<String, Integer> columns(String name, List<String> headerNames) throws GlossaryException {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String column = headerNames.get(i) == null ? "" : headerNames.get(i).strip().toLowerCase(Locale.ROOT);
            header.put(column.equals("part of speech") ? "pos" : column, i);
        }
        if (!header.containsKey("term") || !header.containsKey("plain")) {
            throw new GlossaryException("Glossary " + name + " needs a header row with at least the columns term,plain"
                    + " (found: " + String.join(",", headerNames) + ").");
        }
        return header;
    }

    private static GlossaryEntry entry(CSVRecord row, Map<String, Integer> header, String where) {
        if (row.size() > header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells but the header has " + header.size()
                    + " (put plain words that contain a comma in double quotes)");
        }
        String term = cell(row, header, "term").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String plain = cell(row, header, "plain");
        if (term.isEmpty()) {
            throw new IllegalArgumentException("empty term");
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-' && c != '\'') {
                throw new IllegalArgumentException("term '" + term + "' has '" + c
                        + "': use only letters, digits, spaces, hyphens and apostrophes");
            }
        }
        if (term.split("[ -]+").length > MAX_TERM_WORDS) {
            throw new IllegalArgumentException("term is longer than " + MAX_TERM_WORDS + " words");
        }
        Mode mode = parseEnum(Mode.class, cell(row, header, "mode"), Mode.REPLACE, "mode", "replace, explain or flag");
        PartOfSpeech pos = parseEnum(PartOfSpeech.class, abbreviation(cell(row, header, "pos")),
                PartOfSpeech.UNSPECIFIED, "part of speech", "noun, verb, adjective, adverb or phrase");
        if (plain.isEmpty() && mode != Mode.FLAG) {
            throw new IllegalArgumentException("no plain words for '" + term + "' (write them, or set mode to flag)");
        }
        if (plain.equalsIgnoreCase(term) && mode != Mode.FLAG) {
            throw new IllegalArgumentException("plain words are the same as the term '" + term + "'");
        }
        return new GlossaryEntry(term, plain, pos, mode, cell(row, header, "note"), cell(row, header, "source"), where);
    }

    private static String abbreviation(String pos) {
        switch (pos.toLowerCase(Locale.ROOT)) {
            case "n": return "noun";
            case "v": return "verb";
            case "adj": return "adjective";
            case "adv": return "adverb";
            default: return pos;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E blank, String what, String allowed) {
        if (value.isEmpty()) {
            return blank;
        }
        try {
            E parsed = Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            if (parsed != blank || value.equalsIgnoreCase(blank.name())) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the values that are allowed
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "' (use " + allowed + ")");
    }

    private static String cell(CSVRecord row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The parser reports where it began reading a row, which can be before blank or comment lines. */
    private static int startOfRow(String text, int position) {
        int p = position;
        while (p < text.length()) {
            char c = text.charAt(p);
            boolean lineStart = p == 0 || text.charAt(p - 1) == '\n';
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t') {
                p++;
            } else if (c == '#' && lineStart) {
                int next = text.indexOf('\n', p);
                p = next < 0 ? text.length() : next + 1;
            } else {
                break;
            }
        }
        return p;
    }

    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}

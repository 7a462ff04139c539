package org.plaincaptions.settings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The meeting's glossary on disk: a CSV file in the user's data folder that the plain-language stage
 * watches, so a row saved here shows in the captions within a second. Saving is atomic, so the
 * watcher never reads half a file.
 */
public final class GlossaryFile {
    public static final String FILE_NAME = "meeting-glossary.csv";
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
            .setTrim(true).get();

    private final Path file;

    public GlossaryFile(Path file) {
        this.file = file;
    }

    public static GlossaryFile in(AppFolders folders) {
        return new GlossaryFile(folders.data().resolve(FILE_NAME));
    }

    public Path path() {
        return file;
    }

    /** Makes an empty glossary (a header only) when there is none yet. */
    public void createIfMissing() throws IOException {
        if (!Files.exists(file)) {
            save(List.of());
        }
    }

    public List<GlossaryRow> read() throws IOException {
        return read(file);
    }

    public void save(List<GlossaryRow> rows) throws IOException {
        AtomicFiles.write(file, toCsv(rows));
    }

    /**
     * Reads glossary rows from any CSV with a header naming {@code term} and {@code plain} (a
     * spreadsheet export, another meeting's glossary). Rows keep their cells even when the stage would
     * skip them, so nothing is lost on the next save.
     */
    public static List<GlossaryRow> read(Path csv) throws IOException {
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<GlossaryRow> rows = new ArrayList<>();
        try (CSVParser parser = READ.parse(new StringReader(text))) {
            Map<String, Integer> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record, csv);
                    continue;
                }
                rows.add(new GlossaryRow(cell(record, header, "term"), cell(record, header, "plain"),
                        cell(record, header, "pos"), cell(record, header, "mode"), cell(record, header, "note"),
                        cell(record, header, "source")));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(csv.getFileName() + " is not valid CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The rows as the CSV this app writes, header first. */
    public static String toCsv(List<GlossaryRow> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(GlossaryRow.COLUMNS);
            for (GlossaryRow row : rows) {
                printer.printRecord(row.cells());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    /** Rows with later ones replacing earlier ones of the same term, as the glossary reader does. */
    public static List<GlossaryRow> merge(List<GlossaryRow> first, List<GlossaryRow> then) {
        Map<String, GlossaryRow> byTerm = new LinkedHashMap<>();
        first.forEach(r -> byTerm.put(r.term(), r));
        then.forEach(r -> byTerm.put(r.term(), r));
        return new ArrayList<>(byTerm.values());
    }

    private static Map<String, Integer> header(CSVRecord record, Path csv) throws IOException {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).toLowerCase(Locale.ROOT);
            header.put(name.equals("part of speech") ? "pos" : name, i);
        }
        if (!header.containsKey("term") || !header.containsKey("plain")) {
            throw new IOException(csv.getFileName() + " needs a header row naming at least the columns term,plain.");
        }
        return header;
    }

    private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? "" : record.get(index);
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A list of terms and their plain words, read from a CSV file with a {@code term,plain} header. */
public final class Glossary {
    private static final String BUILT_IN = "starter-glossary.csv";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final String name;
    private final List<GlossaryEntry> entries;

    Glossary(String name, List<GlossaryEntry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    public String name() {
        return name;
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The glossary shipped inside the app. */
    public static Glossary builtIn() {
        try (InputStream in = Glossary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in glossary missing from the jar: " + BUILT_IN);
            }
            return parse(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8), w -> { });
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

    static Glossary parse(String name, String text, Consumer<String> warnings) throws GlossaryException {
        List<GlossaryEntry> entries = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            var parser = FORMAT.parse(reader);
            if (!parser.getHeaderMap().containsKey("term") || !parser.getHeaderMap().containsKey("plain")) {
                throw new GlossaryException("Glossary " + name + " needs a header row with the columns term,plain.");
            }
            for (CSVRecord row : parser) {
                String term = row.isSet("term") ? row.get("term").toLowerCase(Locale.ROOT).strip() : "";
                String plain = row.isSet("plain") ? row.get("plain").strip() : "";
                if (term.isEmpty()) {
                    warnings.accept(name + ":" + parser.getCurrentLineNumber() + ": empty term, row skipped");
                    continue;
                }
                entries.add(new GlossaryEntry(term, plain));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new GlossaryException("Glossary " + name + " is not valid CSV: " + e.getMessage());
        }
        return new Glossary(name, entries);
    }
}

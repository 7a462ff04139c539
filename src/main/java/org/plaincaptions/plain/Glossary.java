package org.plaincaptions.plain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.plaincaptions.plain.GlossaryEntry.Mode;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;
import org.plaincaptions.plain.GlossaryEntry.Place;
import org.slf4j.LoggerFactory;

/**
 * A list of terms and their plain words, read from a UTF-8 CSV file a facilitator can edit in a
 * spreadsheet. The header names the columns: {@code term} and {@code plain} are needed; {@code pos},
 * {@code mode}, {@code note}, {@code source}, {@code place} and {@code plural} may follow in any order.
 * A term may have one row per part of speech (impact as a verb → affect, as a noun → effect). Blank lines and lines
 * starting with {@code #} are ignored. A row that cannot be used is reported as
 * {@code file:line: reason} and skipped; the rest still loads.
 */
public final class Glossary {
    /** The glossary shipped inside the app. */
    public static final String DEFAULT_NAME = "default-glossary.csv";
    /** Longer "terms" are sentences, which people never say word for word. */
    static final int MAX_TERM_WORDS = 10;
    private static final char REPLACEMENT = '\uFFFD';
    /** Where the files of the built-in glossary beyond the default one live, and their index. */
    static final String INDEX_DIR = "glossary/";
    private static final java.util.Set<String> SLOTS = java.util.Set.of("{ing}", "{verb}", "{object}");

    private final String name;
    private final List<GlossaryEntry> entries;
    /** The built-in glossary as the build compiled it ({@link CompiledGlossary}); else null. */
    private final CompiledGlossary compiled;

    Glossary(String name, List<GlossaryEntry> entries) {
        this(name, entries, null);
    }

    Glossary(String name, List<GlossaryEntry> entries, CompiledGlossary compiled) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.compiled = compiled;
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

    /** Every form of row {@code row} in {@code spelling}: compiled at build time for the built-in glossary. */
    List<TermForms.Form> forms(int row, Spelling spelling) {
        return compiled != null ? compiled.forms(row, spelling) : TermForms.of(entries.get(row), spelling);
    }

    /** The lexicon content of this glossary alone, when the build compiled it; else null. */
    Lexicon.Content compiledContent(Spelling spelling) {
        return compiled != null ? compiled.content(spelling) : null;
    }

    /**
     * The glossary shipped inside the app: {@code default-glossary.csv} followed by every file named in
     * {@code glossary/index.txt} (one name a line, {@code #} comments), read as one glossary. A row whose
     * term and part of speech an earlier row already had is used instead of it and reported in the log.
     */
    public static Glossary builtIn() {
        // The logger is looked up only for a warning: starting the logging system costs more than the glossary.
        return builtIn(w -> LoggerFactory.getLogger(Glossary.class).warn("Built-in glossary: {}", w));
    }

    /**
     * As {@link #builtIn()}, reporting skipped and repeated rows to {@code warnings}. The build compiles the
     * files into one resource, read here when it was made from the files as they are (decision 0016).
     */
    static Glossary builtIn(Consumer<String> warnings) {
        Glossary compiled = CompiledGlossary.read(warnings);
        return compiled != null ? compiled : readBuiltInFiles(warnings);
    }

    /** The built-in glossary read from its CSV files. */
    static Glossary readBuiltInFiles(Consumer<String> warnings) {
        List<GlossaryEntry> all = new ArrayList<>(readBuiltIn(DEFAULT_NAME, warnings).entries());
        for (String file : builtInFiles()) {
            all.addAll(readBuiltIn(INDEX_DIR + file, warnings).entries());
        }
        Map<String, String> seen = new HashMap<>();
        for (GlossaryEntry entry : all) {
            String earlier = seen.put(key(entry), entry.origin());
            if (earlier != null && !earlier.substring(0, earlier.lastIndexOf(':'))
                    .equals(entry.origin().substring(0, entry.origin().lastIndexOf(':')))) {
                warnings.accept(entry.origin() + ": same term and part of speech as " + earlier
                        + "; this later row is used");
            }
        }
        return new Glossary(DEFAULT_NAME, all);
    }

    /** The files {@code glossary/index.txt} names, in order. */
    static List<String> builtInFiles() {
        List<String> files = new ArrayList<>();
        try (InputStream in = Glossary.class.getResourceAsStream(INDEX_DIR + "index.txt")) {
            if (in == null) {
                return files;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in glossary index", e);
        }
        return files;
    }

    private static Glossary readBuiltIn(String resource, Consumer<String> warnings) {
        try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in glossary missing from the jar: " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), warnings);
        } catch (IOException | GlossaryException e) {
            throw new IllegalStateException("cannot read built-in glossary " + resource, e);
        }
    }

    /** Rows with the same key say the same thing twice: a term may have one row per part of speech. */
    static String key(GlossaryEntry entry) {
        return entry.term() + "|" + entry.pos();
    }

    /**
     * Reads a glossary file; rows that can't be used are reported to {@code warnings} and skipped: rows that
     * are not valid UTF-8 (a spreadsheet saved in another encoding), rows with a quote that never closes,
     * and rows whose cells make no entry.
     */
    public static Glossary load(Path file, Consumer<String> warnings) throws GlossaryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GlossaryException("Glossary " + file + " does not exist: check the path.");
        } catch (IOException | OutOfMemoryError e) {
            throw new GlossaryException("Glossary " + file + " cannot be read: " + e.getMessage());
        }
        boolean valid = isUtf8(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8); // invalid bytes become U+FFFD, rows with them are skipped
        return parse(file.toString(), text, !valid, warnings);
    }

    /** Reads glossary text; {@code name} is used in messages. */
    public static Glossary parse(String name, String text, Consumer<String> warnings) throws GlossaryException {
        return parse(name, text, false, warnings);
    }

    private static Glossary parse(String name, String text, boolean hadBadBytes, Consumer<String> warnings)
            throws GlossaryException {
        // Spreadsheets often save UTF-8 with a byte-order mark, which would otherwise become part of "term".
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvRows rows = new CsvRows(body);
        CsvRows.Row first = rows.next();
        if (first == null) {
            throw new GlossaryException("Glossary " + name + " is empty: it needs a header row with at least the"
                    + " columns term,plain.");
        }
        if (hadBadBytes && hasBadText(first)) {
            throw new GlossaryException("Glossary " + name + " is not UTF-8 text: save it as \"CSV UTF-8\".");
        }
        Map<String, Integer> header = columns(name, first.cells());
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        if (first.unclosed()) {
            warnings.accept(name + ":" + first.line() + ": a quoted cell has no closing quote; the rows after it are"
                    + " read as if it closed at the end of its line");
            rows.skipPast(first);
        }
        CsvRows.Row row;
        while ((row = rows.next()) != null) {
            String where = name + ":" + row.line();
            if (row.unclosed()) {
                warnings.accept(where + ": a quoted cell has no closing quote, row skipped");
                rows.skipPast(row);
                continue;
            }
            if (hadBadBytes && hasBadText(row)) {
                warnings.accept(where + ": not UTF-8 text (save the file as \"CSV UTF-8\"), row skipped");
                continue;
            }
            try {
                GlossaryEntry entry = entry(row.cells(), header, where);
                Integer earlier = seen.put(key(entry), row.line());
                if (earlier != null) {
                    warnings.accept(where + ": same term as line " + earlier + "; this later row is used");
                }
                entries.add(entry);
            } catch (IllegalArgumentException e) {
                if (row.lastLine() > row.line()) {
                    // A quoted cell ran over line breaks and made a row that is no entry: most likely a
                    // missing closing quote swallowed the rows below. Read them on their own.
                    warnings.accept(where + ": a quoted cell runs on to line " + row.lastLine()
                            + " (is a closing quote missing?), row skipped");
                    rows.skipPast(row);
                } else {
                    warnings.accept(where + ": " + e.getMessage() + ", row skipped");
                }
            }
        }
        return new Glossary(name, entries);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasBadText(CsvRows.Row row) {
        return row.cells().stream().anyMatch(c -> c.indexOf(REPLACEMENT) >= 0);
    }

    private static Map<String, Integer> columns(String name, List<String> headerNames) throws GlossaryException {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String column = headerNames.get(i).toLowerCase(Locale.ROOT);
            header.put(column.equals("part of speech") ? "pos" : column, i);
        }
        if (!header.containsKey("term") || !header.containsKey("plain")) {
            throw new GlossaryException("Glossary " + name + " needs a header row with at least the columns term,plain"
                    + " (found: " + String.join(",", headerNames) + ").");
        }
        return header;
    }

    private static GlossaryEntry entry(List<String> row, Map<String, Integer> header, String where) {
        if (row.size() > header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells but the header has " + header.size()
                    + " (put plain words that contain a comma in double quotes)");
        }
        String term = cell(row, header, "term").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String plain = cell(row, header, "plain");
        if (term.isEmpty()) {
            throw new IllegalArgumentException("empty term");
        }
        if (plain.indexOf('\n') >= 0 || plain.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("the plain words for '" + term.lines().findFirst().orElse("")
                    + "' run over several lines");
        }
        int words = 1;
        String unslotted = term.replace("{ing}", "ing");
        if (unslotted.indexOf('{') >= 0 || term.indexOf("{ing}") != term.lastIndexOf("{ing}")) {
            throw new IllegalArgumentException("term '" + term + "' has a slot other than one {ing}");
        }
        for (int i = 0; i < unslotted.length(); i++) {
            char c = unslotted.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-' && c != '\'') {
                String shown = Character.isISOControl(c) ? "a line break or control character" : "'" + c + "'";
                throw new IllegalArgumentException("term '" + term.lines().findFirst().orElse("") + "' has " + shown
                        + ": use only letters, digits, spaces, hyphens and apostrophes");
            }
            words += (c == ' ' || c == '-') && i > 0 && term.charAt(i - 1) != ' ' && term.charAt(i - 1) != '-' ? 1 : 0;
        }
        if (words > MAX_TERM_WORDS) {
            throw new IllegalArgumentException("term is longer than " + MAX_TERM_WORDS + " words");
        }
        while (term.contains("  ")) {
            term = term.replace("  ", " ");
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
        checkSlots(term, plain);
        String plural = cell(row, header, "plural");
        checkSlots(term, plural);
        return new GlossaryEntry(term, plain, pos, mode, cell(row, header, "note"), cell(row, header, "source"), where,
                place(cell(row, header, "place")), plural);
    }

    private static Place place(String value) {
        switch (value.toLowerCase(Locale.ROOT).replace(' ', '-')) {
            case "", "term": return Place.TERM;
            case "after-noun": return Place.AFTER_NOUN;
            default: throw new IllegalArgumentException("unknown place '" + value + "' (use after-noun, or leave it empty)");
        }
    }

    /** Slots in plain words must be known ones, and {@code {ing}} and {@code {verb}} need an {@code {ing}} in the term. */
    private static void checkSlots(String term, String plain) {
        int open = plain.indexOf('{');
        while (open >= 0) {
            int close = plain.indexOf('}', open);
            String slot = close < 0 ? plain.substring(open) : plain.substring(open, close + 1);
            if (!SLOTS.contains(slot)) {
                throw new IllegalArgumentException("unknown slot '" + slot + "' in the plain words (use {ing}, {verb} or {object})");
            }
            if (!slot.equals("{object}") && !term.contains("{ing}")) {
                throw new IllegalArgumentException("the plain words use " + slot + " but the term has no {ing}");
            }
            open = plain.indexOf('{', close);
        }
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
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "' (use " + allowed + ")");
    }

    private static String cell(List<String> row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= row.size() ? "" : row.get(index);
    }
}

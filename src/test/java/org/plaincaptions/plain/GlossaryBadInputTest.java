package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad glossary input: the row is skipped with file:line and why, and the rest still loads. */
class GlossaryBadInputTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("meeting.csv"), text, StandardCharsets.UTF_8);
    }

    /** Loads, checking the rows around the bad one still work. */
    private List<String> load(Path file) throws Exception {
        List<String> warnings = new ArrayList<>();
        PlainRewriter rewriter = PlainStage.create(List.of(file), warnings::add);
        assertThat(rewriter.rewriteFinal("the flange and the sprocket").plain()).isEqualTo("The part and the cog.");
        return warnings;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty term                | ,empty term,                                  | empty term, row skipped
            unknown mode              | widget,gadget,sometimes                       | unknown mode 'sometimes' (use replace, explain or flag), row skipped
            too many cells            | widget,gadget,replace,extra                   | row has 4 cells but the header has 3 (put plain words that contain a comma in double quotes), row skipped
            eleven words              | a b c d e f g h i j k,short                   | term is longer than 10 words, row skipped
            eleven hyphenated words   | a-b-c-d-e-f-g-h-i-j-k,short                   | term is longer than 10 words, row skipped
            no plain words            | widget,,replace                               | no plain words for 'widget' (write them, or set mode to flag), row skipped
            punctuation in the term   | what?,thing,                                  | term 'what?' has '?': use only letters, digits, spaces, hyphens and apostrophes, row skipped
            quote that never closes   | widget,"gadget                                | a quoted cell has no closing quote, row skipped
            """)
    void skipsTheBadRowSayingWhereAndWhy(String what, String row, String reason) throws Exception {
        // The bad row is last but one, so a quote that never closes cannot hide the row after it.
        Path file = write("term,plain,mode\nflange,part,\n" + row + "\nsprocket,cog,\n");
        if (row.contains("\"gadget")) {
            file = write("term,plain,mode\nflange,part,\nsprocket,cog,\n" + row + "\n");
            assertThat(load(file)).containsExactly(file + ":4: " + reason);
            return;
        }

        assertThat(load(file)).containsExactly(file + ":3: " + reason);
    }

    @Test
    void aTermOfTenWordsIsStillATerm() throws Exception {
        Path file = write("term,plain\nflange,part\nsprocket,cog\nat the end of the day when all is said,finally\n");

        assertThat(load(file)).isEmpty();
        assertThat(PlainStage.create(List.of(file), w -> { }).rewriteFinal("at the end of the day when all is said")
                .plain()).isEqualTo("Finally.");
    }

    @Test
    void aRepeatedTermIsReportedAndTheLaterRowWins() throws Exception {
        Path file = write("term,plain\nflange,part\nsprocket,wheel\nsprocket,cog\n");

        assertThat(load(file)).containsExactly(file + ":4: same term as line 3; this later row is used");
    }

    @Test
    void aMissingClosingQuoteDoesNotSwallowTheRowsBelowIt() throws Exception {
        Path file = write("""
                term,plain,pos
                widget,"small gadget,noun
                flange,part,noun
                gizmo,"a tool, small",noun
                sprocket,cog,noun
                """);

        List<String> warnings = load(file);

        assertThat(warnings).containsExactly(file + ":2: a quoted cell runs on to line 4 (is a closing quote missing?),"
                + " row skipped");
        assertThat(PlainStage.create(List.of(file), w -> { }).rewriteFinal("the gizmo").plain())
                .isEqualTo("The tool, small."); // plain words starting with "a" lose it after "the" (decision 0017)
    }

    @Test
    void aMissingClosingQuoteThatStillMakesThreeCellsDoesNotSwallowTheRowsEither() throws Exception {
        Path file = write("term,plain,pos\nwidget,\"small gadget,noun\nflange,part,noun\ngizmo,\"tool\",noun\n"
                + "sprocket,cog,noun\n");

        assertThat(load(file)).containsExactly(file + ":2: a quoted cell runs on to line 4 (is a closing quote missing?),"
                + " row skipped");
    }

    @Test
    void rowsThatAreNotUtf8AreSkippedAndTheRestLoads() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("term,plain\nflange,part\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("caf\u00e9,coffee shop\n".getBytes(StandardCharsets.ISO_8859_1)); // saved as Latin-1
        bytes.writeBytes("sprocket,cog\nna\u00efve,simple\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("excel.csv"), bytes.toByteArray());

        List<String> warnings = load(file);

        assertThat(warnings).containsExactly(file + ":3: not UTF-8 text (save the file as \"CSV UTF-8\"), row skipped");
        assertThat(PlainStage.create(List.of(file), w -> { }).rewriteFinal("a na\u00efve plan").plain())
                .isEqualTo("A simple plan.");
    }

    @Test
    void aHeaderThatIsNotUtf8RefusesTheWholeFileInOneLine() throws Exception {
        Path file = Files.write(dir.resolve("latin.csv"), "t\u00e9rm,plain\nflange,part\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> PlainStage.create(List.of(file), w -> { }))
                .isInstanceOf(GlossaryException.class)
                .hasMessage("Glossary " + file + " is not UTF-8 text: save it as \"CSV UTF-8\".");
    }

    @Test
    void aFileOfAHundredThousandRowsLoadsWithItsBadRowsSkipped() throws Exception {
        StringBuilder csv = new StringBuilder("term,plain,pos\nflange,part,noun\nsprocket,cog,noun\n");
        for (int i = 0; i < 100_000; i++) {
            String term = "term" + Integer.toString(i, 36).replaceAll("[0-9]", "x").replace("xx", "q") + i % 7;
            csv.append(i % 25_000 == 7 ? ",no term," : term + ",plain words " + i + ",").append('\n');
        }
        csv.append("whatchamacallit,thing,noun\n");
        Path file = write(csv.toString());
        List<String> warnings = new ArrayList<>();

        long start = System.nanoTime();
        PlainRewriter rewriter = PlainStage.create(List.of(file), warnings::add);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(warnings).filteredOn(w -> w.endsWith("empty term, row skipped")).hasSize(4);
        assertThat(warnings).allSatisfy(w -> assertThat(w).startsWith(file + ":"));
        assertThat(rewriter.rewriteFinal("the whatchamacallit and the flange").plain()).isEqualTo("The thing and the part.");
        System.out.printf("A glossary of 100,000 rows loaded in %.1f s%n", seconds);
    }

    @Test
    void anEmptyFileAndAFileWithoutTheColumnsAreRefusedInOneLine() throws Exception {
        for (String text : List.of("", "\n\n# only comments\n", "word,meaning\nflange,part\n")) {
            Path file = write(text);
            assertThatThrownBy(() -> PlainStage.create(List.of(file), w -> { }))
                    .isInstanceOf(GlossaryException.class).hasMessageStartingWith("Glossary " + file)
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void savingWritesWhatLoadingReadsBack() throws Exception {
        Path file = dir.resolve("saved.csv");
        List<GlossaryEntry> entries = Stream.of(
                new GlossaryEntry("rag", "red, amber or green", GlossaryEntry.PartOfSpeech.NOUN,
                        GlossaryEntry.Mode.REPLACE, "say \"rag\" status", "us", "x"),
                new GlossaryEntry("triage", "sorting by urgency", GlossaryEntry.PartOfSpeech.UNSPECIFIED,
                        GlossaryEntry.Mode.EXPLAIN, "", "", "x"),
                new GlossaryEntry("agenda", "", GlossaryEntry.PartOfSpeech.UNSPECIFIED, GlossaryEntry.Mode.FLAG,
                        "fine", "", "x")).toList();

        GlossaryWriter.save(file, entries);
        List<String> warnings = new ArrayList<>();
        Glossary back = Glossary.load(file, warnings::add);

        assertThat(warnings).isEmpty();
        assertThat(back.entries()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin")
                .containsExactlyElementsOf(entries);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSaveThatFailsHalfWayLeavesTheOldGlossaryWhole() throws Exception {
        Path file = write("term,plain\nflange,part\nsprocket,cog\n");
        String before = Files.readString(file);
        List<GlossaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            entries.add(GlossaryEntry.of("word" + i, "plain"));
        }
        entries.add(new GlossaryEntry("broken", null, GlossaryEntry.PartOfSpeech.NOUN, GlossaryEntry.Mode.REPLACE,
                "", "", "x")); // fails while the rows are being written, like a crash mid-save

        assertThatThrownBy(() -> GlossaryWriter.save(file, entries)).isInstanceOf(NullPointerException.class);

        assertThat(Files.readString(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Glossary files as a facilitator writes them: columns, modes, bad rows, several files at once. */
class GlossaryFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void skipsMalformedRowsWithFileLineAndReasonAndLoadsTheRest() throws Exception {
        Path file = write("meeting.csv", """
                term,plain,pos,mode
                # our own words
                flange,part,noun,replace

                ,empty term,,
                widget,,noun,replace
                sprocket,cog,noun,sometimes
                gizmo,tool,thing,
                doohickey,gadget, thing,replace,extra
                whatsit!,thing,,
                thingamajig,device,noun,replace
                """);
        List<String> warnings = new ArrayList<>();

        PlainRewriter rewriter = PlainStage.create(List.of(file), warnings::add);

        assertThat(warnings).containsExactly(
                file + ":5: empty term, row skipped",
                file + ":6: no plain words for 'widget' (write them, or set mode to flag), row skipped",
                file + ":7: unknown mode 'sometimes' (use replace, explain or flag), row skipped",
                file + ":8: unknown part of speech 'thing' (use noun, verb, adjective, adverb or phrase), row skipped",
                file + ":9: row has 5 cells but the header has 4 (put plain words that contain a comma in double quotes),"
                        + " row skipped",
                file + ":10: term 'whatsit!' has '!': use only letters, digits, spaces, hyphens and apostrophes, row skipped");
        assertThat(rewriter.rewriteFinal("the flanges and the thingamajig").plain()).isEqualTo("The parts and the device.");
    }

    @Test
    void laterGlossariesOverrideEarlierOnes() throws Exception {
        Path organisation = write("organisation.csv", "term,plain\nleverage,make use of\nwidget,gadget\n");
        Path meeting = write("meeting.csv", "term,plain,pos\nwidget,small tool,noun\n");

        PlainRewriter rewriter = PlainStage.create(List.of(organisation, meeting), w -> { });

        assertThat(rewriter.rewriteFinal("we leverage the widgets").plain()).isEqualTo("We make use of the small tools.");
    }

    @Test
    void aWrittenRowBeatsAFormGeneratedFromAnotherRow() throws Exception {
        Path file = write("mine.csv", "term,plain,pos\nresource,money,noun\nresourcing,staffing,noun\n");

        PlainRewriter rewriter = PlainStage.create(List.of(file), w -> { });

        assertThat(rewriter.rewriteFinal("resources and resourcing").plain()).isEqualTo("Money and staffing.");
    }

    @Test
    void readsQuotedCellsColumnsInAnyOrderAndAByteOrderMark() throws Exception {
        Path file = write("excel.csv", "\uFEFFnote,Plain,Term,Mode\n\"said a lot\",\"red, amber or green\",rag,replace\n");

        PlainRewriter rewriter = PlainStage.create(List.of(file), w -> { });

        assertThat(rewriter.rewriteFinal("the rag status").plain()).isEqualTo("The red, amber or green status.");
    }

    @Test
    void reportsAMissingHeaderForTheWholeFile() throws Exception {
        Path file = write("no-header.csv", "leverage,use\n");

        assertThatThrownBy(() -> PlainStage.create(List.of(file), w -> { }))
                .isInstanceOf(GlossaryException.class)
                .hasMessageContaining("no-header.csv needs a header row with at least the columns term,plain");
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> PlainStage.create(List.of(dir.resolve("nope.csv")), w -> { }))
                .isInstanceOf(GlossaryException.class).hasMessageContaining("does not exist");
    }

    @Test
    void warnsAboutARepeatedTermAndUsesTheLaterRow() throws Exception {
        Path file = write("dup.csv", "term,plain\nwidget,tool\nwidget,gadget\n");
        List<String> warnings = new ArrayList<>();

        PlainRewriter rewriter = PlainStage.create(List.of(file), warnings::add);

        assertThat(warnings).containsExactly(file + ":3: same term as line 2; this later row is used");
        assertThat(rewriter.rewriteFinal("a widget").plain()).isEqualTo("A gadget.");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            touch base,talk,verb          | they touched base yesterday       | They talked yesterday.
            carry out,do,verb             | she carried out the work          | She did the work.
            carry out,do,verb             | it was carried out                | It was done.
            point of contact,contact,noun | the points of contact             | The contacts.
            widget,gadget,                | the widgets                       | The gadgets.
            fix up,repair,                | we fixed up the hall              | We fixed up the hall.
            in the loop,informed,phrase   | keep me in the loop               | Keep me informed.
            """)
    void generatesFormsFromThePartOfSpeech(String row, String raw, String plain) throws Exception {
        Path file = write("forms.csv", "term,plain,pos\n" + row + "\n");

        PlainRewriter rewriter = PlainStage.create(List.of(file), w -> { });

        assertThat(rewriter.rewriteFinal(raw).plain()).isEqualTo(plain);
    }

    @Test
    void explainsFlagsAndReplacesByMode() throws Exception {
        Path file = write("modes.csv", """
                term,plain,mode,note
                triage,sorting by urgency,explain,
                agenda,,flag,fine for a meeting
                widget,gadget,replace,
                """);

        Rewrite rewrite = PlainStage.create(List.of(file), Locale.UK, w -> { })
                .rewriteFinal("triage the agenda widget then triage again");

        assertThat(rewrite.plain()).isEqualTo("Triage (sorting by urgency) the agenda gadget then triage again.");
        assertThat(rewrite.flags()).extracting(Flag::term, Flag::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("agenda", "fine for a meeting"));
    }
}

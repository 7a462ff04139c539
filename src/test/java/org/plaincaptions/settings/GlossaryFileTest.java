package org.plaincaptions.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaincaptions.plain.Glossary;

class GlossaryFileTest {
    @TempDir
    Path dir;

    @Test
    void rowsSavedAreReadBackAndTheEngineReadsTheFileToo() throws Exception {
        GlossaryFile file = new GlossaryFile(dir.resolve("meeting-glossary.csv"));
        List<GlossaryRow> rows = List.of(GlossaryRow.of("stakeholder", "person involved"),
                new GlossaryRow("co-production", "designing services, together", "noun", "explain", "say \"with\"", ""));
        file.save(rows);
        assertThat(file.read()).isEqualTo(rows);
        Glossary engine = Glossary.load(file.path(), w -> { throw new AssertionError(w); });
        assertThat(engine.entries()).extracting(e -> e.plain()).containsExactly("person involved",
                "designing services, together");
    }

    @Test
    void importReadsASpreadsheetExportWithABomAndColumnsInAnyOrder() throws Exception {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, "\uFEFFPlain,Term,Note\r\nuse,leverage,\r\n# a comment\r\n\r\n\"to\",in order to,x\r\n");
        assertThat(GlossaryFile.read(csv)).extracting(GlossaryRow::term, GlossaryRow::plain)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("leverage", "use"),
                        org.assertj.core.groups.Tuple.tuple("in order to", "to"));
    }

    @Test
    void aFileWithoutTermAndPlainColumnsIsRefused() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "word,meaning\nleverage,use\n");
        assertThatThrownBy(() -> GlossaryFile.read(csv)).isInstanceOf(IOException.class).hasMessageContaining("term,plain");
    }

    @Test
    void laterRowsReplaceEarlierOnesOfTheSameTerm() {
        var merged = GlossaryFile.merge(List.of(GlossaryRow.of("leverage", "use"), GlossaryRow.of("synergy", "teamwork")),
                List.of(GlossaryRow.of("Leverage", "make use of")));
        assertThat(merged).extracting(GlossaryRow::plain).containsExactly("make use of", "teamwork");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            stakeholder,  person involved, ''
            '',           something,       empty term
            key;stone,    main,            has ';'
            leverage,     leverage,        same as the term
            leverage,     '',              no plain words
            """)
    void rowsAreCheckedByTheGlossaryReadersOwnRules(String term, String plain, String problem) {
        var found = GlossaryRow.of(term, plain).problem();
        if (problem.isEmpty()) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).get().asString().contains(problem);
        }
    }

    @Test
    void savingReplacesTheFileInOneStepAndLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("g.csv");
        AtomicFiles.write(target, "term,plain\n");
        AtomicFiles.write(target, "term,plain\nleverage,use\n");
        assertThat(Files.readString(target)).isEqualTo("term,plain\nleverage,use\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}

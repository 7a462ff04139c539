package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in glossary the build compiles (decision 0016) is what reading its CSV files gives: the same
 * rows, the same warnings, for every row in both spellings the forms {@link TermForms} generates, and the
 * same lexicon content (every form's keys and senses, in order) in both spellings.
 */
class CompiledGlossaryTest {

    @Test
    void theCompiledGlossaryIsUsedAndHasTheRowsAndWarningsOfTheFiles() {
        List<String> compiledWarnings = new ArrayList<>();
        Glossary compiled = CompiledGlossary.read(compiledWarnings::add);
        List<String> fileWarnings = new ArrayList<>();
        Glossary files = Glossary.readBuiltInFiles(fileWarnings::add);

        assertThat(compiled).as("the build writes " + CompiledGlossary.RESOURCE + " from the files as they are").isNotNull();
        assertThat(compiled.name()).isEqualTo(files.name());
        assertThat(compiled.entries()).hasSizeGreaterThan(3_000).containsExactlyElementsOf(files.entries());
        assertThat(compiledWarnings).containsExactlyElementsOf(fileWarnings);
        assertThat(Glossary.builtIn(w -> { }).entries()).containsExactlyElementsOf(files.entries());
    }

    @Test
    void everyRowHasTheFormsTermFormsGivesInBothSpellings() {
        Glossary compiled = CompiledGlossary.read(w -> { });
        List<GlossaryEntry> entries = compiled.entries();
        for (Spelling spelling : Spelling.values()) {
            for (int r = 0; r < entries.size(); r++) {
                assertThat(compiled.forms(r, spelling)).as("%s in %s", entries.get(r).origin(), spelling)
                        .containsExactlyElementsOf(TermForms.of(entries.get(r), spelling));
            }
        }
    }

    @Test
    void theCompiledLexiconContentIsWhatBuildingItFromTheFilesGivesInBothSpellings() {
        Glossary compiled = Glossary.builtIn(w -> { });
        Glossary files = Glossary.readBuiltInFiles(w -> { });
        for (Spelling spelling : Spelling.values()) {
            Lexicon.Content expected = Lexicon.content(List.of(files), spelling);
            Lexicon.Content actual = compiled.compiledContent(spelling);
            assertThat(actual.entryCount()).isEqualTo(expected.entryCount());
            assertThat(actual.keys()).as("keys in %s", spelling).hasSizeGreaterThan(5_000)
                    .containsExactlyElementsOf(expected.keys());
            assertThat(actual.senses()).as("senses in %s", spelling).containsExactlyElementsOf(expected.senses());
        }
        assertThat(files.compiledContent(Spelling.BRITISH)).isNull();
    }

    @Test
    void aResourceMadeFromOtherFilesOrDamagedIsNotUsed() throws Exception {
        byte[] compiled = CompiledGlossary.compile();
        long files = CompiledGlossary.checksum();
        List<String> warnings = new ArrayList<>();

        assertThat(CompiledGlossary.read(compiled, files, warnings::add)).isNotNull();
        assertThat(CompiledGlossary.read(compiled, files + 1, warnings::add)).isNull();
        assertThat(CompiledGlossary.read(java.util.Arrays.copyOf(compiled, compiled.length / 2), files, warnings::add))
                .isNull();
        assertThat(CompiledGlossary.read(new byte[3], files, warnings::add)).isNull();
    }

    @Test
    void theResourceIsWhatCompilingTheFilesNowGives() throws Exception {
        byte[] shipped;
        try (InputStream in = CompiledGlossary.class.getResourceAsStream(CompiledGlossary.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(CompiledGlossary.compile()).isEqualTo(shipped);
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plaincaptions.plain.GlossaryEntry.Mode;

/**
 * The files of the built-in glossary, each read on its own: default-glossary.csv and the domain files
 * {@code glossary/index.txt} lists. Each parses without warnings, every row has a source, no term is
 * written twice for the same part of speech across them (hyphens count as spaces, as the recogniser
 * writes them), and the built-in glossary as the app loads it does not rewrite its own plain words.
 */
class DomainGlossaryFilesTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = Glossary.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every built-in file as its own glossary, default-glossary.csv first, in the order the app reads them. */
    private static List<Glossary> files(List<String> warnings) throws Exception {
        List<Glossary> files = new ArrayList<>();
        files.add(Glossary.parse(Glossary.DEFAULT_NAME, resource(Glossary.DEFAULT_NAME), warnings::add));
        for (String name : Glossary.builtInFiles()) {
            files.add(Glossary.parse(name, resource("glossary/" + name), warnings::add));
        }
        return files;
    }

    private static String key(GlossaryEntry e) {
        return e.term().replace('-', ' ').toLowerCase(Locale.ROOT) + " / " + e.pos();
    }

    @Test
    void indexListsTheDomainFiles() {
        assertThat(Glossary.builtInFiles()).contains("local-government.csv", "nhs-social-care.csv", "housing.csv",
                "education.csv", "charity-funding.csv", "consultation-engagement.csv", "management-idioms.csv",
                "wordy-phrases.csv");
    }

    @Test
    void everyFileParsesWithoutWarningsAndEveryRowHasASource() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<Glossary> files = files(warnings);

        assertThat(warnings).isEmpty();
        assertThat(files).allSatisfy(g -> assertThat(g.entries()).as(g.name()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.source()).as(g.name() + ": " + e.term()).isNotBlank()));
    }

    @Test
    void noTermIsWrittenTwiceForTheSamePartOfSpeech() throws Exception {
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Glossary g : files(new ArrayList<>())) {
            for (GlossaryEntry e : g.entries()) {
                String earlier = seen.put(key(e), e.origin());
                if (earlier != null) {
                    duplicates.add(key(e) + " in " + earlier + " and " + e.origin());
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void theFilesTogetherHaveAtLeastTwoThousandEntries() throws Exception {
        int total = 0;
        for (Glossary g : files(new ArrayList<>())) {
            System.out.printf("%s: %d rows%n", g.name(), g.entries().size());
            total += g.entries().size();
        }
        System.out.printf("built-in glossary: %d rows%n", total);
        assertThat(total).isGreaterThanOrEqualTo(2000).isEqualTo(Glossary.builtIn().entries().size());
    }

    /** Simplifying the plain words again with everything loaded must not change them. */
    @Test
    void plainWordsAreNeverRewrittenAgain() {
        Glossary all = Glossary.builtIn();
        PlainLanguageRewriter engine = new PlainLanguageRewriter(List.of(all), Locale.UK);
        List<String> problems = new ArrayList<>();
        for (GlossaryEntry entry : all.entries()) {
            if (entry.mode() == Mode.FLAG) {
                continue;
            }
            for (TermForms.Form form : TermForms.of(entry, Spelling.BRITISH)) {
                Rewrite again = engine.rewriteFinal(form.plain());
                if (again.changes().stream().anyMatch(Change::fromGlossary)) {
                    problems.add(entry.origin() + ": " + entry.term() + " -> " + form.plain() + " -> " + again.plain());
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}

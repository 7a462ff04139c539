package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plaincaptions.plain.GlossaryEntry.Mode;

/** The glossary shipped with the app: big enough, sourced, careful with ambiguous words, and closed. */
class DefaultGlossaryTest {
    private static final Glossary DEFAULT = Glossary.builtIn();

    @Test
    void hasAtLeastTwoThousandEntriesEachWithASource() {
        assertThat(DEFAULT.entries()).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(DEFAULT.entries()).allSatisfy(e -> assertThat(e.source()).as(e.term())
                .isIn("plainlanguage.gov", "gov.uk words to avoid", "NHS A to Z of health writing", "plain-captions"));
    }

    @Test
    void loadsWithoutWarnings() throws Exception {
        List<String> warnings = new ArrayList<>();
        String text = new String(Glossary.class.getResourceAsStream(Glossary.DEFAULT_NAME).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        Glossary.parse(Glossary.DEFAULT_NAME, text, warnings::add);

        assertThat(warnings).isEmpty();
    }

    /** default-glossary.csv and the files glossary/index.txt names: no row repeats a term and part of speech. */
    @Test
    void builtInFilesLoadWithoutWarningsOrRepeatedRows() {
        List<String> warnings = new ArrayList<>();

        Glossary all = Glossary.builtIn(warnings::add);

        warnings.forEach(System.out::println);
        assertThat(warnings).isEmpty();
        assertThat(all.entries()).hasSizeGreaterThanOrEqualTo(DEFAULT.entries().size());
    }

    @Test
    void flagsAmbiguousWordsInsteadOfReplacingThem() {
        Map<String, Mode> modes = DEFAULT.entries().stream()
                .collect(Collectors.toMap(GlossaryEntry::term, GlossaryEntry::mode, (a, b) -> a)); // a row per part of speech

        assertThat(List.of("address", "benefit", "key", "foster", "function"))
                .allSatisfy(term -> assertThat(modes.get(term)).as(term).isEqualTo(Mode.FLAG));
    }

    @Test
    void coversConferenceWordyAndPublicSectorSpeak() {
        List<String> terms = DEFAULT.entries().stream().map(GlossaryEntry::term).toList();

        assertThat(terms).contains("leverage", "synergy", "going forward", "touch base", "deliverable",
                "in order to", "prior to", "at this point in time", "in excess of",
                "co-production", "service user", "third sector", "safeguarding", "signpost", "commissioning",
                "pathway", "person-centred");
    }

    /** Plain words must not themselves be rewritten, or simplifying twice would change the text again. */
    @Test
    void plainWordsAreNeverRewrittenAgain() {
        List<String> problems = new ArrayList<>();
        for (GlossaryEntry entry : DEFAULT.entries()) {
            if (entry.mode() == Mode.FLAG) {
                continue;
            }
            for (TermForms.Form form : TermForms.of(entry, Spelling.BRITISH)) {
                Rewrite again = Engines.BRITISH.rewriteFinal(form.plain());
                if (again.changes().stream().anyMatch(c -> !c.source().equals("spelling"))) {
                    problems.add(entry.term() + " -> " + form.plain() + " -> " + again.plain());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void printsHowLongTheDefaultGlossaryTakesToLoad() {
        long start = System.nanoTime();
        PlainLanguageRewriter engine = new PlainLanguageRewriter(List.of(Glossary.builtIn()), Locale.UK);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Timing is printed for the record (target: under 200 ms), never asserted: machines differ.
        System.out.printf("Default glossary: %d rows loaded and compiled in %d ms (warm JVM)%n", engine.entryCount(), millis);
        assertThat(engine.entryCount()).isEqualTo(DEFAULT.entries().size());
    }
}

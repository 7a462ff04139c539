package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The glossary reader on anything a facilitator's spreadsheet (or a damaged disk) could hand it: it loads
 * what it can and reports the rest, and the only thing it ever throws is {@link GlossaryException}, for a
 * file with no usable header. The engine built from what it loaded rewrites without failing.
 */
class GlossaryReaderProperties {
    private static final String HEADER = "term,plain,pos,mode,note\n";

    @Property(tries = 300, seed = "20261201")
    void anyBytesLoadOrAreRefusedWithTheDocumentedError(@ForAll @Size(max = 3000) byte[] bytes) throws Exception {
        Path file = Files.createTempFile("glossary", ".csv");
        try {
            Files.write(file, bytes);
            Throwable failure = catchThrowable(() -> Glossary.load(file, w -> { }));
            assertThat(failure).satisfiesAnyOf(f -> assertThat(f).isNull(),
                    f -> assertThat(f).isInstanceOf(GlossaryException.class).hasMessageNotContaining("\n"));
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 400, seed = "20261201")
    void anyRowsUnderAGoodHeaderLoadWithoutThrowingAndEachBadRowIsReportedWithItsLine(
            @ForAll("csvish") List<String> rows) throws Exception {
        String text = HEADER + String.join("\n", rows) + "\n";
        List<String> warnings = new ArrayList<>();

        Glossary glossary = Glossary.parse("fuzz.csv", text, warnings::add);

        assertThat(warnings).allSatisfy(w -> assertThat(w).matches("(?s)fuzz\\.csv:\\d+: .*"));
        assertThat(glossary.entries()).allSatisfy(e -> {
            assertThat(e.term()).isNotBlank();
            assertThat(e.term().split("[ -]+")).hasSizeLessThanOrEqualTo(Glossary.MAX_TERM_WORDS);
        });
    }

    @Property(tries = 200, seed = "20261201")
    void theEngineBuiltFromAnyLoadedGlossaryRewritesWithoutFailing(@ForAll("csvish") List<String> rows,
                                                                     @ForAll("speech") String said) throws Exception {
        Glossary glossary = Glossary.parse("fuzz.csv", HEADER + String.join("\n", rows) + "\n", w -> { });
        PlainLanguageRewriter engine = new PlainLanguageRewriter(List.of(Glossary.builtIn(), glossary), Locale.UK);

        Rewrite finalRewrite = engine.rewriteFinal(said);
        Rewrite partial = engine.rewritePartial(said);

        assertThat(finalRewrite.raw()).isEqualTo(said);
        assertThat(partial.heldBackWords()).isBetween(0, Math.max(0, said.split(" ").length));
    }

    @Provide
    Arbitrary<List<String>> csvish() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("", " ", "leverage", "use", "touch base", "talk", "noun", "verb", "phrase", "replace",
                        "explain", "flag", "sometimes", "\"", "\"\"", "\"a, b\"", "\"open", "#", "a b c d e f g h i j k",
                        "co-production", "it's", "don't", "\u00e9t\u00e9", "\uFFFD", "\r", "\u2019s", "-", "'", "1990s"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("abc -'\",\n\r").ofMaxLength(10));
        return cell.list().ofMinSize(0).ofMaxSize(7).map(cells -> String.join(",", cells)).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> speech() {
        return Arbitraries.of("we", "leverage", "touch", "base", "the", "a", "it's", "co-production", "twenty", "five",
                "percent", "um", "use", "talk", "b", "c", "d", "flag", "noun", "abc")
                .list().ofMinSize(1).ofMaxSize(15).map(words -> String.join(" ", words));
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes a rewrite reports match the text exactly, so the screen can mark the right words. */
class ChangeSpanTest {

    @Test
    void reportsEachReplacementWithItsOffsetsAndGlossaryEntry() {
        Rewrite rewrite = Engines.BRITISH.rewriteFinal("we will leverage it prior to june");

        assertThat(rewrite.plain()).isEqualTo("We will use it before June.");
        assertThat(rewrite.changes()).containsExactly(
                new Change("leverage", "use", 8, 11, "glossary:leverage"),
                new Change("prior to", "before", 15, 21, "glossary:prior to"));
    }

    @Test
    void reportsDroppedFillersAndStuttersAsEmptyReplacements() {
        Rewrite rewrite = Engines.BRITISH.rewriteFinal("um the the plan");

        assertThat(rewrite.plain()).isEqualTo("The plan.");
        assertThat(rewrite.changes()).containsExactly(
                new Change("um", "", 0, 0, "filler"),
                new Change("the", "", 0, 0, "stutter"));
    }

    @Test
    void reportsNumbersSpellingAndArticleFixes() {
        Rewrite rewrite = Engines.BRITISH.rewriteFinal("an innovative center costs twenty pounds");

        assertThat(rewrite.plain()).isEqualTo("A new centre costs £20.");
        assertThat(rewrite.changes()).extracting(Change::source)
                .containsExactly("article", "glossary:innovative", "spelling", "number");
        assertThat(rewrite.changes()).extracting(Change::original)
                .containsExactly("an", "innovative", "center", "twenty pounds");
    }

    @Test
    void reportsAnExplanationAsAddedWords() {
        Rewrite rewrite = Engines.BRITISH.rewriteFinal("we value co-production");

        Change change = rewrite.changes().get(0);
        assertThat(change.original()).isEmpty();
        assertThat(rewrite.plain().substring(change.plainStart(), change.plainEnd()))
                .isEqualTo("(designing services together with the people who use them)");
    }

    @Test
    void everyChangeCoversExactlyItsReplacement() {
        List<String> inputs = List.of(
                "um we need to leverage our synergies going forward and touch base with stakeholders",
                "in two thousand and nineteen we spent one point five million pounds on an initial review",
                "the the meeting is at three thirty pm on the fifth of may in london",
                "Leverage, co-production and a heads up: the KPIs are green!");
        for (String raw : inputs) {
            for (boolean partial : new boolean[] {false, true}) {
                Rewrite rewrite = partial ? Engines.BRITISH.rewritePartial(raw) : Engines.BRITISH.rewriteFinal(raw);
                for (Change c : rewrite.changes()) {
                    assertThat(rewrite.plain().substring(c.plainStart(), c.plainEnd())).as(raw).isEqualTo(c.replacement());
                }
            }
        }
    }

    @Test
    void reportsFlagsWithTheirOffsetsAndNote() {
        Rewrite rewrite = Engines.BRITISH.rewriteFinal("we will address it");

        Flag flag = rewrite.flags().get(0);
        assertThat(rewrite.plain().substring(flag.plainStart(), flag.plainEnd())).isEqualTo("address");
        assertThat(flag.note()).contains("speak to");
        assertThat(flag.source()).startsWith("glossary:address (default-glossary.csv:");
    }
}

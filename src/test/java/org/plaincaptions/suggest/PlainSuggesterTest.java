package org.plaincaptions.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plaincaptions.suggest.Thesaurus.Candidate;
import org.plaincaptions.suggest.Thesaurus.Pos;
import org.plaincaptions.suggest.Thesaurus.Reading;
import org.plaincaptions.suggest.Thesaurus.Relation;

class PlainSuggesterTest {
    private static final Set<String> EVERYDAY = Set.of("cut", "trim", "prune", "sort", "explain", "excuse", "use",
            "make", "sense", "of", "tidy", "up", "help", "assist");
    private static final Set<String> JARGON = Set.of("assist");

    /** A thesaurus given as a table. */
    private record Table(Map<String, List<Reading>> readings, Map<String, Integer> counts) implements Thesaurus {
        @Override
        public List<Reading> lookUp(String word) {
            return readings.getOrDefault(word, List.of());
        }

        @Override
        public int frequency(String words, Pos pos) {
            return counts.getOrDefault(words, 0);
        }
    }

    private static final Table TABLE = new Table(Map.of(
            "rationalised", List.of(new Reading("rationalise", Pos.VERB, 5, List.of(
                    new Candidate("rationalize", Relation.SYNONYM, 0),
                    new Candidate("excuse", Relation.SYNONYM, 0),
                    new Candidate("prune", Relation.SYNONYM, 1),
                    new Candidate("cut", Relation.SYNONYM, 1),
                    new Candidate("make_sense_of", Relation.BROADER, 0),
                    new Candidate("tidy up", Relation.BROADER, 2),
                    new Candidate("trim", Relation.BROADER, 3)))),
            "facilitate", List.of(new Reading("facilitate", Pos.VERB, 3, List.of(
                    new Candidate("assist", Relation.SYNONYM, 0),
                    new Candidate("ease", Relation.SYNONYM, 0),
                    new Candidate("help", Relation.BROADER, 0)))),
            "holistic", List.of(new Reading("holistic", Pos.ADJECTIVE, 0, List.of()))),
            Map.of("cut", 900, "excuse", 40, "prune", 5, "trim", 60, "tidy up", 30, "make sense of", 10, "help", 700));

    private final PlainSuggester suggester = new PlainSuggester(TABLE, EVERYDAY::contains, JARGON::contains);

    @Test
    void offersTheThreeMostCommonEverydayAlternativesForTheBaseForm() {
        assertThat(suggester.suggest("rationalised")).containsExactly(
                new Suggestion("rationalise", "cut", Pos.VERB),
                new Suggestion("rationalise", "trim", Pos.VERB),
                new Suggestion("rationalise", "excuse", Pos.VERB));
    }

    @Test
    void neverOffersTheSameWordInAnotherSpellingNorARareWordNorJargon() {
        assertThat(suggester.suggest("facilitate")).extracting(Suggestion::plain).containsExactly("help");
        assertThat(suggester.suggest("rationalised")).extracting(Suggestion::plain).doesNotContain("rationalize");
    }

    @Test
    void writesMultiWordAlternativesWithSpaces() {
        PlainSuggester wide = new PlainSuggester(TABLE, w -> !w.equals("cut") && !w.equals("trim")
                && !w.equals("excuse") && EVERYDAY.contains(w), JARGON::contains);
        assertThat(wide.suggest("rationalised")).extracting(Suggestion::plain)
                .containsExactly("tidy up", "make sense of", "prune");
    }

    @Test
    void offersNothingWhenNoAlternativeIsPlainOrTheWordIsUnknown() {
        assertThat(suggester.suggest("holistic")).isEmpty();
        assertThat(suggester.suggest("cohortification")).isEmpty();
    }
}

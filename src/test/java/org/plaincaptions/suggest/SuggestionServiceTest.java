package org.plaincaptions.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SuggestionServiceTest {
    private static final Thesaurus ONE_WORD = new Thesaurus() {
        @Override
        public List<Reading> lookUp(String word) {
            return word.equals("utilise") ? List.of(new Reading("utilise", Pos.VERB, 1,
                    List.of(new Candidate("use", Relation.SYNONYM, 0)))) : List.of();
        }

        @Override
        public int frequency(String words, Pos pos) {
            return 1;
        }
    };

    @Test
    void loadsTheThesaurusOnlyWhenFirstAskedAndOnlyOnce() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        try (SuggestionService service = new SuggestionService(() -> {
            loads.incrementAndGet();
            return new PlainSuggester(ONE_WORD, w -> true, w -> false);
        })) {
            assertThat(loads).hasValue(0);
            List<Suggestion> first = service.suggest("utilise").get(10, TimeUnit.SECONDS);
            service.suggest("leverage").get(10, TimeUnit.SECONDS);
            assertThat(first).extracting(Suggestion::plain).containsExactly("use");
            assertThat(loads).hasValue(1);
        }
    }

    @Test
    void looksUpOffTheCallersThread() throws Exception {
        try (SuggestionService service = new SuggestionService(() -> new PlainSuggester(new Thesaurus() {
            @Override
            public List<Reading> lookUp(String word) {
                return List.of(new Reading(Thread.currentThread().getName(), Pos.NOUN, 0,
                        List.of(new Candidate("x", Relation.SYNONYM, 0))));
            }

            @Override
            public int frequency(String words, Pos pos) {
                return 0;
            }
        }, w -> true, w -> false))) {
            List<Suggestion> s = service.suggest("anything").get(10, TimeUnit.SECONDS);
            assertThat(s.get(0).term()).isEqualTo("plain-suggestions").isNotEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void offersNothingWhenTheThesaurusCannotBeLoaded() throws Exception {
        try (SuggestionService service = new SuggestionService(() -> {
            throw new IllegalStateException("no WordNet");
        })) {
            assertThat(service.suggest("utilise").get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(service.suggest("leverage").get(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void keepsNoThreadWhileIdle() throws Exception {
        try (SuggestionService service = new SuggestionService(() -> new PlainSuggester(ONE_WORD, w -> true, w -> false))) {
            service.suggest("utilise").get(10, TimeUnit.SECONDS);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Thread.getAllStackTraces().keySet()
                    .stream().noneMatch(t -> t.getName().equals("plain-suggestions")));
            assertThat(service.suggest("leverage").get(10, TimeUnit.SECONDS)).isEmpty();
        }
    }
}

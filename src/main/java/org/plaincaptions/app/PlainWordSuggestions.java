package org.plaincaptions.app;

import java.util.function.Predicate;
import org.plaincaptions.plain.CommonWords;
import org.plaincaptions.suggest.PlainSuggester;
import org.plaincaptions.suggest.SuggestionService;
import org.plaincaptions.suggest.SuggestionsUnavailableException;
import org.plaincaptions.suggest.WordNetThesaurus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The suggestions the jargon list offers: WordNet, everyday words only, nothing the glossaries rewrite. */
final class PlainWordSuggestions {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlainWordSuggestions.class);

    private PlainWordSuggestions() {
    }

    /** A service that loads WordNet on its own thread when the first word is asked about. */
    static SuggestionService service(Predicate<String> rewrittenByGlossary) {
        return new SuggestionService(() -> {
            try {
                return new PlainSuggester(WordNetThesaurus.load(), CommonWords.everyday()::isCommon, rewrittenByGlossary);
            } catch (SuggestionsUnavailableException e) {
                LOGGER.warn("No plain-word suggestions: {}", e.getMessage());
                return null;
            }
        });
    }
}

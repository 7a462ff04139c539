package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plaincaptions.plain.GlossaryEntry.Mode;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;
import org.plaincaptions.plain.eval.BrokenPatterns;

/**
 * No rewrite breaks a sentence: sentences of the kinds the grammar rules are for (a noun term as a
 * subject, after a preposition or a possessive, in the plural; an adjective term before a noun; a verb
 * term after "will" and "it"), filled with every kind of default glossary term, never come out with a
 * sequence {@link BrokenPatterns} knows to be broken, as a final result or as the words a partial shows.
 */
class GrammarProperties {
    private static final List<String> NOUNS = terms(PartOfSpeech.NOUN, false);
    private static final List<String> PLURAL_NOUNS = terms(PartOfSpeech.NOUN, true);
    private static final List<String> ADJECTIVES = terms(PartOfSpeech.ADJECTIVE, false);
    private static final List<String> VERBS = terms(PartOfSpeech.VERB, false);

    @Property(tries = 500, seed = "20261201")
    void noRewriteProducesAKnownBrokenSequence(@ForAll("sentences") String raw) {
        Assume.that(BrokenPatterns.find(raw).isEmpty());

        String plain = Engines.simplify(raw);

        assertThat(BrokenPatterns.find(plain)).as("%s -> %s", raw, plain).isEmpty();
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> noun = Arbitraries.of(NOUNS);
        Arbitrary<String> plural = Arbitraries.of(PLURAL_NOUNS);
        Arbitrary<String> adjective = Arbitraries.of(ADJECTIVES);
        Arbitrary<String> verb = Arbitraries.of(VERBS);
        Arbitrary<String> subject = Combinators.combine(noun, Arbitraries.of("is strong here",
                "provides most of the support", "has a role", "also makes a difference", "was on the list"))
                .as((n, rest) -> "the " + n + " " + rest);
        Arbitrary<String> ofPhrase = Combinators.combine(noun, Arbitraries.of("is vital", "was good", "has grown"))
                .as((n, rest) -> "the support of the " + n + " " + rest);
        Arbitrary<String> onPhrase = noun.map(n -> "we need more data on " + n);
        Arbitrary<String> possessive = noun.map(n -> "our " + n + " is up");
        Arbitrary<String> plurals = plural.map(p -> "there are clear " + p + " with the housing team");
        Arbitrary<String> adjectives = Combinators.combine(Arbitraries.of("a", "an", "the"), adjective,
                Arbitraries.of("plan", "approach", "service"))
                .as((a, adj, n) -> "we want " + (Articles.takesAn(adj) ? (a.equals("the") ? "the" : "an") : (a.equals("the") ? "the" : "a"))
                        + " " + adj + " " + n + " for every child");
        Arbitrary<String> verbs = verb.map(v -> "we will " + v + " the plan next year");
        return Arbitraries.oneOf(subject, ofPhrase, onPhrase, possessive, plurals, adjectives, verbs);
    }

    /** Terms of one part of speech that replace, as written or in the plural. */
    private static List<String> terms(PartOfSpeech pos, boolean plural) {
        List<String> terms = new ArrayList<>();
        for (GlossaryEntry entry : Glossary.builtIn().entries()) {
            if (entry.pos() != pos || entry.mode() == Mode.FLAG || entry.hasSlot()) {
                continue;
            }
            for (TermForms.Form form : TermForms.of(entry, Spelling.BRITISH)) {
                // A term written in the plural ("activities of daily living") is no singular subject for "is".
                boolean pluralAsWritten = !plural && pos == PartOfSpeech.NOUN && TermForms.isPlural(form.term());
                if (form.written() != plural && (!plural || form.plural()) && !pluralAsWritten) {
                    terms.add(form.term().replace('-', ' '));
                }
            }
        }
        return terms;
    }
}

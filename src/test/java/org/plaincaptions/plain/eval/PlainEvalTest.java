package org.plaincaptions.plain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainEvalTest {
    private static final EvalSentence SENTENCE = EvalSplit.annotate("t-01", "t",
            "We will co-locate services to reduce duplication with stakeholders.",
            List.of(new EvalSentence.Term("co-locate", "", List.of("share buildings", "one place")),
                    new EvalSentence.Term("duplication", "", List.of("doing things twice", "overlap")),
                    new EvalSentence.Term("stakeholders", "", List.of("partners", "people involved"))),
            null);

    @Test
    void listsTheContentWordsOutsideTheJargonAsWordsToKeep() {
        assertThat(SENTENCE.asr()).isEqualTo("we will co locate services to reduce duplication with stakeholders");
        assertThat(SENTENCE.keep()).containsExactly("services", "reduce");
    }

    @Test
    void countsATermReplacedByAnAlternativeInAnotherFormAsGoneAndAcceptable() {
        PlainEval.Scored s = PlainEval.scoreOne(SENTENCE,
                "We will put services in one place to reduce overlaps with our partners.");
        assertThat(s.termsLeft()).isEmpty();
        assertThat(s.termsWithoutPlain()).isEmpty();
        assertThat(s.wordsLost()).isEmpty();
    }

    @Test
    void countsATermExplainedInBracketsAsExplainedAndItsExplanationAsAnAlternative() {
        PlainEval.Scored s = PlainEval.scoreOne(SENTENCE,
                "We will co-locate (share buildings) services to reduce duplication with stakeholders.");
        assertThat(s.termsLeft()).containsExactly("duplication", "stakeholders");
        assertThat(s.termsWithoutPlain()).containsExactly("duplication", "stakeholders");
    }

    @Test
    void countsATermSwappedForSomethingElseAsGoneButNotAcceptable() {
        PlainEval.Scored s = PlainEval.scoreOne(SENTENCE,
                "We will move services to cut duplication with stakeholders.");
        assertThat(s.termsLeft()).containsExactly("duplication", "stakeholders");
        assertThat(s.termsWithoutPlain()).containsExactly("co locate", "duplication", "stakeholders");
        assertThat(s.wordsLost()).containsExactly("reduce");
    }

    @Test
    void doesNotCountAnAlternativeThatWasAlreadyInTheInput() {
        EvalSentence s = EvalSplit.annotate("t-02", "t", "Partners and stakeholders met.",
                List.of(new EvalSentence.Term("stakeholders", "", List.of("partners"))), null);
        PlainEval.Scored scored = PlainEval.scoreOne(s, "Partners and others met.");
        assertThat(scored.termsLeft()).isEmpty();
        assertThat(scored.termsWithoutPlain()).containsExactly("stakeholders");
    }

    @Test
    void acceptsLeavingOutATermMarkedDash() {
        EvalSentence s = EvalSplit.annotate("t-03", "t", "We are currently reviewing it.",
                List.of(new EvalSentence.Term("currently", "", List.of("now", "-"))), null);
        assertThat(PlainEval.scoreOne(s, "We are reviewing it.").termsWithoutPlain()).isEmpty();
    }

    @Test
    void addsUpFiguresAsPercentages() {
        List<PlainEval.Scored> scored = List.of(
                PlainEval.scoreOne(SENTENCE, "We will put services in one place to reduce overlap with partners."),
                PlainEval.scoreOne(SENTENCE, "We will co locate services to reduce duplication with stakeholders."));
        PlainEval.Figures f = PlainEval.figures(scored);
        assertThat(f.terms()).isEqualTo(6);
        assertThat(f.goneOrExplained()).isEqualTo(50.0);
        assertThat(f.acceptable()).isEqualTo(50.0);
        assertThat(f.kept()).isEqualTo(100.0);
        assertThat(f.brokenOutputs()).isZero();
    }

    @Test
    void countsABrokenOutput() {
        PlainEval.Scored s = PlainEval.scoreOne(SENTENCE, "We will share buildings the the services.");
        assertThat(PlainEval.figures(List.of(s)).brokenOutputs()).isEqualTo(1);
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On partial sequences Vosk really produced (recorded by bench/plain-churn.sh), the plain track
 * changes shown words only where the recogniser itself changed its mind.
 */
class PartialChurnTest {

    @Test
    void theRewriterAddsNoChurnOfItsOwnOnRecordedPartials() throws Exception {
        List<Churn.Utterance> all = new ArrayList<>();
        for (String name : ChurnReport.RECORDINGS) {
            all.addAll(Churn.read("partials/" + name + ".txt"));
        }

        Churn.Totals raw = Churn.raw(all);
        Churn.Totals plain = Churn.plain(all, Engines.BRITISH);

        System.out.printf("Churn on %d recorded utterances: raw %.1f, plain %.1f words per 100 shown%n",
                all.size(), raw.churnPer100Words(), plain.churnPer100Words());
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        assertThat(plain.ownChurnWords()).isZero();
        assertThat(plain.churnedWords()).isLessThanOrEqualTo(raw.churnedWords());
    }

    @Test
    void countsAWordReplacedByALaterPartialAsChurn() {
        Churn.Utterance utterance = new Churn.Utterance(List.of("we need the", "we need a"), "we need a plan");

        Churn.Totals raw = Churn.raw(List.of(utterance));

        assertThat(raw.churnedWords()).isEqualTo(1);
        assertThat(raw.shownWords()).isEqualTo(4);
    }
}

package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints churn of the raw and plain tracks on the recorded partial sequences in
 * {@code src/test/resources/org/plaincaptions/plain/partials/}. Run by bench/plain-churn.sh.
 */
public final class ChurnReport {
    static final List<String> RECORDINGS = List.of("meeting-slt", "service-rms", "council-awb", "help-kal",
            "session-mixed", "jargon-01", "jargon-02", "jargon-03", "jargon-04", "jargon-05", "jargon-06",
            "jargon-07", "jargon-08", "jargon-09", "jargon-10", "jargon-11", "jargon-12");

    private ChurnReport() {
    }

    public static void main(String[] args) throws Exception {
        List<Churn.Utterance> all = new ArrayList<>();
        System.out.printf("%-14s %6s %9s | %-22s | %-30s%n", "recording", "words", "partials", "raw churn",
                "plain churn (of it caused by rewriter)");
        for (String name : RECORDINGS) {
            List<Churn.Utterance> utterances = Churn.read("partials/" + name + ".txt");
            all.addAll(utterances);
            print(name, utterances);
        }
        print("all", all);
        Churn.Totals plain = Churn.plain(all, Engines.BRITISH);
        System.out.printf("plain track held back %.2f raw words per partial on average%n",
                (double) plain.heldWords() / plain.partials());
    }

    private static void print(String name, List<Churn.Utterance> utterances) {
        Churn.Totals raw = Churn.raw(utterances);
        Churn.Totals plain = Churn.plain(utterances, Engines.BRITISH);
        System.out.printf("%-14s %6d %9d | %4d words %5.1f/100 | %4d words %5.1f/100 (%d)%n", name, raw.shownWords(),
                raw.partials(), raw.churnedWords(), raw.churnPer100Words(), plain.churnedWords(),
                plain.churnPer100Words(), plain.ownChurnWords());
    }
}

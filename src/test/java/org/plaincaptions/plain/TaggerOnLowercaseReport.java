package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.plaincaptions.plain.eval.EvalSentence;
import org.plaincaptions.plain.eval.EvalSet;

/**
 * How well the tagger does on text as the recogniser writes it (docs/decisions/0015). The reference is
 * OpenNLP as it is meant to be used: the sentence as written (capitals, punctuation), beam search of
 * 3. Against it, each word of the same sentence as heard (lowercase, no punctuation, numbers in words)
 * tagged as the engine tags it (greedy, lowercase). Words are aligned by their letters. Only the dev
 * half is read. Prints figures; asserts only that the measurement ran.
 */
class TaggerOnLowercaseReport {

    @Test
    void printsAgreementOnTheDevSentencesAsHeard() throws Exception {
        POSTaggerME reference;
        try (InputStream in = Tagger.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            reference = new POSTaggerME(new POSModel(in));
        }
        int aligned = 0;
        int same = 0;
        int sameBeamLower = 0;
        int contentAligned = 0;
        int contentSame = 0;
        Map<String, int[]> byTag = new TreeMap<>();
        for (EvalSentence s : EvalSet.DEV.sentences()) {
            List<String> written = writtenTokens(s.original());
            String[] refTags = reference.tag(written.toArray(new String[0]));
            List<Token> heard = Tokenizer.split(s.asr());
            String[] heardTags = Tagger.tag(heard);
            String[] heardWords = heard.stream().map(Token::lower).toArray(String[]::new);
            String[] beamLower = reference.tag(heardWords);
            List<String> writtenKeys = new ArrayList<>();
            List<Integer> writtenIndex = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                String key = written.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9']", "");
                if (!key.isEmpty()) {
                    writtenKeys.add(key);
                    writtenIndex.add(i);
                }
            }
            int[][] lcs = new int[writtenKeys.size() + 1][heardWords.length + 1];
            for (int i = writtenKeys.size() - 1; i >= 0; i--) {
                for (int j = heardWords.length - 1; j >= 0; j--) {
                    lcs[i][j] = writtenKeys.get(i).equals(heardWords[j]) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < writtenKeys.size() && j < heardWords.length) {
                if (writtenKeys.get(i).equals(heardWords[j])) {
                    String ref = refTags[writtenIndex.get(i)];
                    aligned++;
                    boolean ok = ref.equals(heardTags[j]);
                    same += ok ? 1 : 0;
                    sameBeamLower += ref.equals(beamLower[j]) ? 1 : 0;
                    int[] counts = byTag.computeIfAbsent(ref, k -> new int[2]);
                    counts[0]++;
                    counts[1] += ok ? 1 : 0;
                    if (ref.equals("NOUN") || ref.equals("VERB") || ref.equals("ADJ") || ref.equals("ADV")) {
                        contentAligned++;
                        contentSame += ok ? 1 : 0;
                    }
                    i++;
                    j++;
                } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        System.out.printf("Tagger on dev sentences as heard: %d aligned words; same tag as on the written sentence:"
                + " %.1f %% (engine: greedy, lowercase), %.1f %% (beam 3, lowercase); NOUN/VERB/ADJ/ADV words:"
                + " %.1f %%%n", aligned, 100.0 * same / aligned, 100.0 * sameBeamLower / aligned,
                100.0 * contentSame / contentAligned);
        byTag.forEach((tag, c) -> System.out.printf("  %-6s %5d words, %.1f %% same%n", tag, c[0], 100.0 * c[1] / c[0]));
        assertThat(aligned).isGreaterThan(1000);
    }

    /** Words and punctuation as separate tokens, as the tagger was trained on them. */
    private static List<String> writtenTokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String chunk : text.split("\\s+")) {
            int start = 0;
            int end = chunk.length();
            List<String> trailing = new ArrayList<>();
            while (start < end && !Character.isLetterOrDigit(chunk.charAt(start))) {
                tokens.add(String.valueOf(chunk.charAt(start++)));
            }
            while (end > start && !Character.isLetterOrDigit(chunk.charAt(end - 1))) {
                trailing.add(0, String.valueOf(chunk.charAt(--end)));
            }
            String word = chunk.substring(start, end);
            for (String part : word.split("(?<=\\p{L})-(?=\\p{L})")) {
                if (!part.isEmpty()) {
                    tokens.add(part);
                }
            }
            tokens.addAll(trailing);
        }
        return tokens;
    }
}

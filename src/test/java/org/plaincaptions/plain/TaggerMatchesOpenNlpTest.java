package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plaincaptions.plain.eval.EvalSentence;
import org.plaincaptions.plain.eval.EvalSet;

/**
 * The tagger's own model reader and features (decision 0016) give exactly what OpenNLP gives with its
 * {@code GISModel} and its configured feature generator, decoded greedily as the engine decodes: the same
 * features for every word and the same tag for every word of every dev sentence as heard.
 */
class TaggerMatchesOpenNlpTest {
    private static GISModel openNlp;
    private static POSContextGenerator openNlpFeatures;

    @BeforeAll
    static void readOpenNlp() throws IOException {
        openNlp = TaggerModelWriter.readOpenNlpModel();
        byte[] featureXml = null;
        try (InputStream in = Tagger.class.getResourceAsStream(TaggerModelWriter.OPENNLP_MODEL)) {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("generator.featuregen")) {
                    featureXml = zip.readAllBytes();
                }
            }
        }
        openNlpFeatures = new POSTaggerFactory(featureXml, Map.of(), null).getPOSContextGenerator(0);
    }

    /** OpenNLP's greedy decoding, as the tagger did it before decision 0016, checking features on the way. */
    private static String[] openNlpTags(String[] words) {
        String[] tags = new String[words.length];
        String[] ours = new String[TaggerFeatures.MAX];
        double[] probs = new double[openNlp.getNumOutcomes()];
        for (int i = 0; i < words.length; i++) {
            String[] context = openNlpFeatures.getContext(i, words, tags, null);
            int count = TaggerFeatures.of(words, tags, i, ours);
            assertThat(Arrays.copyOf(ours, count)).as("features of word %d of %s", i, Arrays.toString(words))
                    .containsExactly(context);
            openNlp.eval(context, probs);
            int best = 0;
            for (int o = 1; o < probs.length; o++) {
                if (probs[o] > probs[best]) {
                    best = o;
                }
            }
            tags[i] = openNlp.getOutcome(best);
        }
        return tags;
    }

    @Test
    void everyDevSentenceAsHeardGetsOpenNlpsTagsWordForWord() {
        int words = 0;
        for (EvalSentence s : EvalSet.DEV.sentences()) {
            List<Token> tokens = Tokenizer.split(s.asr());
            String[] expected = openNlpTags(Tagger.words(tokens, 0));
            assertThat(Tagger.tag(tokens)).as(s.asr()).containsExactly(expected);
            words += expected.length;
        }
        assertThat(words).isGreaterThan(2_000);
    }

    @Test
    void wordsOfEveryShapeGetOpenNlpsFeaturesAndTags() {
        String[] odd = {"A.", "Ängste", "12", "1999", "3-4", "1/2", "1,000", "3.5", "abc123", "GP", "X", "Hello",
            "ひらがな", "カタカナ", "漢字", "don't", "co-locate", ",", "İstanbul", "naïve", "x.", "Ö.", "-", "'s", "mcdonald's"};
        List<String> sentence = new ArrayList<>(Arrays.asList(odd));
        String[] words = sentence.toArray(new String[0]);
        String[] ours = new String[words.length];
        Tagger.tag(words, ours, 0, words.length);
        assertThat(ours).containsExactly(openNlpTags(words));
    }

    @Test
    void taggingOnFromWhereAnEarlierCallStoppedGivesTheSameTags() {
        String[] words = Tagger.words(Tokenizer.split("we will impact the services and the impact will be felt"), 0);
        String[] whole = new String[words.length];
        Tagger.tag(words, whole, 0, words.length);
        String[] inSteps = new String[words.length];
        for (int i = 0; i < words.length; i += 3) {
            Tagger.tag(words, inSteps, i, Math.min(words.length, i + 3));
        }
        assertThat(inSteps).containsExactly(whole).containsExactly(openNlpTags(words));
    }
}

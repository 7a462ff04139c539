package org.plaincaptions.plain.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * British words as the recogniser (an American-English model) writes them: {@code organise} as
 * {@code organize}, {@code centre} as {@code center}, {@code programme} as {@code program}. Written for
 * the evaluation on its own, apart from the engine's spelling code, so the yardstick does not share
 * the engine's mistakes.
 */
final class AmericanSpelling {
    private static final Map<String, String> WORDS = new HashMap<>();
    /** -ise words that are -ise in American English too (advise, exercise, ...). */
    private static final Set<String> STAYS_ISE = Set.of("advise", "revise", "surprise", "exercise", "promise", "premise", "otherwise", "wise", "rise", "arise",
            "noise", "raise", "praise", "appraise", "compromise", "enterprise", "franchise", "supervise", "televise",
            "improvise", "comprise", "despise", "devise", "disguise", "expertise", "merchandise", "precise",
            "concise", "excise", "treatise", "likewise", "paradise", "guise", "advertise", "demise", "cruise",
            "bruise", "poise", "sunrise", "clockwise", "incise", "chastise", "reprise", "mortise", "valise", "anise",
            "porpoise", "tortoise", "surmise", "uprise", "braise", "chaise", "louise", "denise", "elise");
    private static final String[][] ISE_ENDINGS = {{"isation", "ization"}, {"isations", "izations"},
        {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"iser", "izer"}, {"isers", "izers"},
        {"ise", "ize"}, {"yse", "yze"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"ysing", "yzing"}};

    static {
        try (InputStream in = AmericanSpelling.class.getResourceAsStream("/org/plaincaptions/plain/spelling-variants.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] pair = line.split(",");
                if (pair.length == 2 && !line.startsWith("#") && !line.startsWith("british,")) {
                    WORDS.put(pair[0].strip(), pair[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // What the American recogniser writes where the two spellings differ in meaning or no list has them.
        String[][] more = {{"programme", "program"}, {"programmes", "programs"}, {"travelled", "traveled"},
            {"travelling", "traveling"}, {"focussed", "focused"}, {"focussing", "focusing"}, {"modelling", "modeling"},
            {"judgement", "judgment"}, {"judgements", "judgments"}, {"ageing", "aging"}, {"fulfil", "fulfill"},
            {"licence", "license"}, {"defence", "defense"}, {"practise", "practice"}, {"centre", "center"},
            {"centres", "centers"}, {"centred", "centered"}, {"neighbourhood", "neighborhood"},
            {"neighbourhoods", "neighborhoods"}, {"neighbour", "neighbor"}, {"neighbours", "neighbors"},
            {"behaviour", "behavior"}, {"labour", "labor"}, {"favour", "favor"}, {"honour", "honor"},
            {"honourable", "honorable"}, {"endeavour", "endeavor"}, {"enrol", "enroll"}, {"counselling", "counseling"},
            {"cancelled", "canceled"}, {"labelled", "labeled"}, {"fibre", "fiber"}, {"theatre", "theater"},
            {"metre", "meter"}, {"metres", "meters"}, {"grey", "gray"}};
        for (String[] pair : more) {
            WORDS.putIfAbsent(pair[0], pair[1]);
        }
    }

    private AmericanSpelling() {
    }

    /** A lowercase word as written in American English. */
    static String of(String lower) {
        String listed = WORDS.get(lower);
        if (listed != null) {
            return listed;
        }
        for (String[] ending : ISE_ENDINGS) {
            if (lower.endsWith(ending[0]) && lower.length() > ending[0].length() + 2) {
                String stem = lower.substring(0, lower.length() - ending[0].length());
                String base = stem + (ending[0].startsWith("y") ? "yse" : "ise");
                if (!STAYS_ISE.contains(base) && !STAYS_ISE.contains(lower)) {
                    return stem + ending[1];
                }
                return lower;
            }
        }
        return lower;
    }
}

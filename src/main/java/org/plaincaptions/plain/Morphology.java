package org.plaincaptions.plain;

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
 * English inflection by rule plus a list of irregular verbs and nouns (see
 * docs/decisions/0010-morphology-by-rules.md). Used only while a glossary loads: every form a
 * glossary term can take is generated up front, so matching at run time is a lookup.
 */
final class Morphology {
    /** One verb's five forms. */
    record VerbForms(String base, String third, String past, String participle, String ing) {
    }

    private static final Map<String, String[]> IRREGULAR_VERBS = readIrregularVerbs();
    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("person", "people"), Map.entry("child", "children"), Map.entry("man", "men"),
            Map.entry("woman", "women"), Map.entry("foot", "feet"), Map.entry("tooth", "teeth"),
            Map.entry("mouse", "mice"), Map.entry("criterion", "criteria"), Map.entry("phenomenon", "phenomena"),
            Map.entry("life", "lives"), Map.entry("half", "halves"), Map.entry("leaf", "leaves"),
            Map.entry("knife", "knives"), Map.entry("wife", "wives"), Map.entry("self", "selves"),
            Map.entry("shelf", "shelves"), Map.entry("thief", "thieves"), Map.entry("loaf", "loaves"),
            Map.entry("potato", "potatoes"), Map.entry("tomato", "tomatoes"), Map.entry("hero", "heroes"),
            Map.entry("echo", "echoes"), Map.entry("veto", "vetoes"), Map.entry("quiz", "quizzes"),
            Map.entry("medium", "media"), Map.entry("curriculum", "curricula"), Map.entry("index", "indices"),
            Map.entry("appendix", "appendices"), Map.entry("matrix", "matrices"));
    /** Nouns with no plural: the plural of a plain phrase headed by one of these is the phrase itself. */
    private static final Set<String> UNCOUNTABLE = Set.of("advice", "information", "equipment", "feedback",
            "knowledge", "research", "evidence", "guidance", "news", "software", "hardware", "furniture", "money",
            "funding", "progress", "training", "welfare", "wellbeing", "health", "staff", "support", "help",
            "assistance", "accommodation", "transport", "traffic", "weather", "access", "safety", "legislation",
            "infrastructure", "expertise", "leverage", "use", "work", "care", "data", "stuff", "time", "praise",
            "trust", "together", "teamwork", "unemployment", "harm", "abuse", "neglect", "respite");
    /** Words that end a phrase without being its noun: particles, adverbs. */
    private static final Set<String> NOT_A_HEAD = Set.of("up", "out", "on", "off", "down", "in", "together",
            "away", "forward", "forwards", "back", "over", "ahead", "around", "through", "now", "again");
    /** A noun phrase's head is the word before the first of these (point of contact → points of contact). */
    private static final Set<String> HEAD_ENDERS = Set.of("of", "for", "in", "to", "on", "with", "at", "from",
            "by", "about", "than", "as", "into", "under", "between");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose", "whom");
    /** Words that put the rest of a phrase after its head, beyond {@link #HEAD_ENDERS}. */
    private static final Set<String> AFTER_HEAD = Set.of("around", "through", "without", "after", "before", "near",
            "across", "over", "built", "run", "led", "made", "done", "given", "needed", "outside", "inside", "against");
    /** Verbs stressed on the last syllable: the final consonant doubles in every spelling. */
    private static final Set<String> DOUBLING = Set.of("commit", "submit", "admit", "permit", "omit", "emit",
            "transmit", "refer", "prefer", "confer", "infer", "defer", "deter", "occur", "recur", "incur", "concur",
            "control", "patrol", "propel", "compel", "expel", "repel", "dispel", "excel", "rebel", "regret",
            "equip", "format", "kidnap", "outfit", "handicap", "upset", "acquit", "embed", "abet", "allot",
            "remit", "enrol", "instil", "distil", "fulfil", "annul", "extol");
    /** Nouns in -ing that are things you can count, not activities: a warning, two warnings. */
    private static final Set<String> COUNTABLE_ING = Set.of("warning", "meeting", "building", "finding", "setting",
            "hearing", "briefing", "gathering", "opening", "recording", "booking", "ending", "offering", "painting",
            "feeling", "drawing", "saving", "earning", "holding", "sibling", "ceiling", "evening", "morning", "wedding",
            "thing", "string", "ring", "king", "wing", "spring", "being", "crossing", "landing", "beginning", "reading",
            "rating", "ranking", "listing", "cutting", "happening", "undertaking", "posting", "sitting", "surrounding",
            "belonging", "dwelling", "filling", "outing", "screening", "calling");
    private static final Set<String> PAST_FORMS = pastForms();
    private static final Set<String> ADD_K = Set.of("panic", "picnic", "traffic", "mimic", "frolic");

    private Morphology() {
    }

    static VerbForms verb(String base, boolean british) {
        String[] irregular = IRREGULAR_VERBS.get(base);
        String third = third(base);
        String ing = ing(base, british);
        if (irregular != null) {
            return new VerbForms(base, third, irregular[0], irregular[1], ing);
        }
        String past = past(base, british);
        return new VerbForms(base, third, past, past, ing);
    }

    /** Whether a word is the past tense or participle of an irregular verb (said, made, gone): it never agrees. */
    static boolean isIrregularPast(String word) {
        return PAST_FORMS.contains(word);
    }

    private static Set<String> pastForms() {
        Set<String> forms = new java.util.HashSet<>();
        for (Map.Entry<String, String[]> verb : IRREGULAR_VERBS.entrySet()) {
            for (String form : verb.getValue()) {
                if (!IRREGULAR_VERBS.containsKey(form)) { // "put", "cut", "come": also a present form
                    forms.add(form);
                }
            }
        }
        return Set.copyOf(forms);
    }

    static boolean isIrregularVerb(String base) {
        return IRREGULAR_VERBS.containsKey(base);
    }

    static String third(String base) {
        switch (base) {
            case "be": return "is";
            case "have": return "has";
            default: break;
        }
        if (endsWithAny(base, "s", "x", "z", "ch", "sh") || consonantThen(base, 'o')) {
            return base + "es";
        }
        if (consonantThen(base, 'y')) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        return base + "s";
    }

    private static String past(String base, boolean british) {
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (consonantThen(base, 'y')) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        return stemForSuffix(base, british) + "ed";
    }

    private static String ing(String base, boolean british) {
        if (base.equals("be") || endsWithAny(base, "ee", "ye", "oe")) {
            return base + "ing";
        }
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && base.length() > 2) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        return stemForSuffix(base, british) + "ing";
    }

    /** The stem a vowel suffix attaches to: stop → stopp, travel → travell (British), panic → panick. */
    private static String stemForSuffix(String base, boolean british) {
        if (ADD_K.contains(base)) {
            return base + "k";
        }
        if (doublesFinalConsonant(base, british)) {
            return base + base.charAt(base.length() - 1);
        }
        return base;
    }

    private static boolean doublesFinalConsonant(String w, boolean british) {
        int n = w.length();
        if (n < 3 || isVowel(w.charAt(n - 1)) || "wxy".indexOf(w.charAt(n - 1)) >= 0 || !isVowel(w.charAt(n - 2))) {
            return false;
        }
        if (DOUBLING.contains(w)) {
            return true;
        }
        boolean singleVowel = !isVowel(w.charAt(n - 3));
        if (british && w.charAt(n - 1) == 'l') {
            // British spelling doubles a final l after one vowel: travelled, cancelled, fuelled, dialled.
            String pair = w.substring(n - 3, n - 1);
            return singleVowel || pair.equals("ue") || pair.equals("ia");
        }
        return singleVowel && vowelGroups(w) == 1;
    }

    static String plural(String noun) {
        String irregular = IRREGULAR_PLURALS.get(noun);
        if (irregular != null) {
            return irregular;
        }
        if (UNCOUNTABLE.contains(noun) || NOT_A_HEAD.contains(noun) || noun.endsWith("ing") && !COUNTABLE_ING.contains(noun)
                || noun.endsWith("ly")
                || looksPlural(noun)) {
            return noun;
        }
        if (noun.endsWith("person")) {
            return noun.substring(0, noun.length() - "person".length()) + "people";
        }
        if (noun.endsWith("woman") || (noun.endsWith("man") && !noun.endsWith("human") && noun.length() > 4)) {
            return noun.substring(0, noun.length() - 2) + "en";
        }
        if (noun.endsWith("sis") && noun.length() > 4) {
            return noun.substring(0, noun.length() - 2) + "es";
        }
        if (endsWithAny(noun, "s", "x", "z", "ch", "sh")) {
            return noun + "es";
        }
        if (consonantThen(noun, 'y')) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** Whether a phrase headed by this word can be made plural: not "working together", "now", "properly". */
    static boolean canBePlural(String head) {
        return !NOT_A_HEAD.contains(head) && !head.endsWith("ly");
    }

    /** A verb's base form from its -ing form (improving → improve, getting → get, being → be). */
    static String baseOfIng(String ing, boolean british) {
        if (ing.equals("being")) {
            return "be";
        }
        if (!ing.endsWith("ing") || ing.length() < 5) {
            return ing;
        }
        String stem = ing.substring(0, ing.length() - 3);
        String[] candidates = stem.endsWith("y") && ing.endsWith("ying") && stem.length() > 1
                ? new String[] {stem, stem.substring(0, stem.length() - 1) + "ie"}
                : stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                ? new String[] {stem, stem.substring(0, stem.length() - 1), stem + "e"}
                : new String[] {stem, stem + "e"};
        CommonWords common = CommonWords.everyday();
        int n = stem.length();
        if (n >= 2 && isVowel(stem.charAt(n - 2)) && !isVowel(stem.charAt(n - 1)) && common.isCommon(stem + "e")
                && verb(stem + "e", british).ing().equals(ing)) {
            return stem + "e"; // using → use, not "us"; a verb like "visit" ends the same but has no "visite"
        }
        String fallback = null;
        for (String c : candidates) {
            if (verb(c, british).ing().equals(ing) || verb(c, !british).ing().equals(ing)) {
                if (common.isCommon(c)) {
                    return c;
                }
                fallback = fallback == null ? c : fallback;
            }
        }
        return fallback == null ? stem : fallback;
    }

    /** A verb's base form from its third-person form (provides → provide, carries → carry, goes → go). */
    static String baseOfThird(String third) {
        switch (third) {
            case "is": return "be";
            case "has": return "have";
            case "does": return "do";
            case "goes": return "go";
            default: break;
        }
        if (third.endsWith("ies") && third.length() > 4) {
            return third.substring(0, third.length() - 3) + "y";
        }
        if (endsWithAny(third, "sses", "shes", "ches", "xes", "zzes", "oes")) {
            return third.substring(0, third.length() - 2);
        }
        return third.endsWith("s") ? third.substring(0, third.length() - 1) : third;
    }

    /** Whether a noun looks like a plural already (stakeholders, not process or crisis). */
    static boolean looksPlural(String noun) {
        return noun.length() > 3 && noun.endsWith("s") && !endsWithAny(noun, "ss", "us", "is", "ics", "news")
                || IRREGULAR_PLURALS.containsValue(noun) && !IRREGULAR_PLURALS.containsKey(noun);
    }

    /**
     * Index of a noun phrase's head word, or -1 when the phrase has a relative clause (person who uses
     * services) and its number cannot be changed by rule.
     */
    /**
     * Whether plain words can stand before another noun as its modifier: not when, after their first word,
     * a preposition, a relative, "to" or a participle follows the head ("number of visitors data",
     * "care built around the person plan", "one place to go for help model"), nor a gerund with its object.
     */
    static boolean canModifyNoun(String[] words) {
        if (words.length > 1 && words[0].length() > 4 && words[0].endsWith("ing")) {
            return false; // a gerund with its object: "making decisions process", "working together team"
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (HEAD_ENDERS.contains(w) || RELATIVES.contains(w) || AFTER_HEAD.contains(w)
                    || w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"))) {
                return false;
            }
        }
        return true;
    }

    static int nounHead(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (RELATIVES.contains(words[i])) {
                return -1;
            }
        }
        for (int i = 1; i < words.length; i++) {
            // "point of contact", "person using services": the head comes before a preposition or participle.
            if (HEAD_ENDERS.contains(words[i]) || words[i].length() > 4 && words[i].endsWith("ing")) {
                return i - 1;
            }
        }
        return words.length - 1;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean consonantThen(String w, char last) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == last && !isVowel(w.charAt(n - 2));
    }

    private static int vowelGroups(String w) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = isVowel(c) || (c == 'y' && i > 0);
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        // "qu" acts as a consonant: quit has one vowel sound, not two.
        return w.contains("qu") ? Math.max(1, groups) : groups;
    }

    private static boolean endsWithAny(String w, String... endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String[]> readIrregularVerbs() {
        Map<String, String[]> verbs = new HashMap<>();
        try (InputStream in = Morphology.class.getResourceAsStream("irregular-verbs.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                verbs.put(parts[0], new String[] {parts[1], parts[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read irregular-verbs.txt from the jar", e);
        }
        return Map.copyOf(verbs);
    }
}

package org.plaincaptions.plain.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word sequences that are broken English whatever the sentence: what a rewrite must never produce.
 * Each check is named; {@link #find} lists every place a text breaks one. Checks look at the words
 * only (case and most punctuation ignored), so they apply to the plain track as shown and to text as
 * the recogniser writes it. They are cheap heuristics written to have no false alarms on the
 * evaluation set's own sentences; a sentence they pass is not proven right.
 *
 * <pre>{@code
 * BrokenPatterns.find("The charities and voluntary groups gives most of the support.")
 *   // [Problem[check=plural subject with singular verb, words=groups gives]]
 * BrokenPatterns.isBroken("We want a plan built around the person.")   // false
 * }</pre>
 */
public final class BrokenPatterns {

    /** One broken sequence: which check found it and the words it found. */
    public record Problem(String check, String words) {
    }

    private record Check(String name, Pattern pattern, Set<String> allowed) {
    }

    private static final String DETERMINER = "(?:a|an|the|every)";
    /** Finite verb forms that can never follow a determiner directly. */
    private static final String FINITE = "(?:is|are|was|were|has|have|does|did|gives|provides|becomes|seems|"
            + "includes|ensures|enables|allows|remains|delivers|improves)";
    private static final String SINGULAR_VERB = "(?:is|was|has|does|gives|provides|makes|takes|seems|remains|"
            + "becomes|ensures|enables|delivers|improves)";
    private static final Set<String> NOT_PLURAL = Set.of("news", "series", "means", "species", "lens", "perhaps", "always", "overseas", "whereas", "towards",
            "afterwards", "across", "various", "its", "this", "thus", "yes", "less", "unless", "gas", "bus",
            "status", "plus", "us", "his", "has", "was", "does", "is", "as", "christmas", "sometimes", "politics",
            "economics", "mathematics", "physics", "statistics", "analysis", "basis", "crisis", "diagnosis",
            "emphasis", "thesis", "campus", "bonus", "focus", "census", "virus", "process", "business", "access",
            "success", "progress", "address", "wellness", "illness", "awareness", "fairness", "canvas", "atlas",
            "alias", "chaos", "ethos", "pathos", "lapsus", "consensus", "corpus", "stimulus", "nexus", "surplus",
            "apparatus", "hiatus", "bias", "whilst", "thanks", "lots", "besides", "nowadays", "upwards", "downwards",
            "outwards", "indoors", "outdoors", "downstairs", "upstairs", "headquarters", "whereabouts", "kids",
            "odds", "sales", "wales", "sports");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion");
    /** Vowel-initial words said with a consonant sound, and consonant-initial ones said with a vowel. */
    private static final Pattern SAID_WITH_CONSONANT = Pattern.compile("^(?:uni(?![mnd])|unan|ubi|use|usu|uti|uro|eu|ewe|one|once|ufo|u$)");
    private static final Pattern SAID_WITH_VOWEL = Pattern.compile("^(?:hour|honest|honou?r|heir|herb$|nhs|mps?$|[fhlmnrsx]$)");

    private static final List<Check> CHECKS = List.of(
            new Check("doubled word", Pattern.compile("\\b([a-z']+) \\1\\b"),
                    Set.of("that that", "had had", "very very", "really really", "no no", "bye bye", "ha ha",
                            "so so", "well well", "many many", "far far", "more more")),
            new Check("two determiners", Pattern.compile("\\b(?:a|an|the) (?:a|an|the)\\b(?! and [a-z]\\b)"), Set.of()), // not "the A and E"
            new Check("determiner before a verb", Pattern.compile("\\b" + DETERMINER + " " + FINITE + "\\b"), Set.of()),
            new Check("determiner before a function word",
                    Pattern.compile("\\b(?:a|an|the) (?:of|to|in|on|at|for|by|from|with|and|or|but|is|are|was|were|"
                            + "be|been|would|could|should|must|that|which|who|this|these|those|it|they|we)(?=[ ,.;:!?)]|$)"),
                    Set.of("a and e", "a to z", "a or b", "an or")),
            new Check("determiner with nothing after it", Pattern.compile("\\b(?:a|an|the|every)(?= *(?:[,.;:!?)]|$))"),
                    Set.of()),
            new Check("dangling preposition or conjunction",
                    Pattern.compile("\\b(?:of|and|or|with|the|from|into|than)(?= *(?:[.;!?]|$))"), Set.of()),
            new Check("empty brackets", Pattern.compile("\\( *\\)"), Set.of()),
            new Check("participle phrase between determiner and noun",
                    Pattern.compile("\\b" + DETERMINER + " (?:built|based|centred|centered|focused|designed|led|"
                            + "working|kept|made) (?:around|on|with|together|for|by|in|at)\\b"), Set.of("a built in", "the built in")),
            new Check("adjective before a verb phrase",
                    Pattern.compile("\\b(?:clear|real|strong|big|many|several|obvious|huge|some|these|those|more|"
                            + "great|new|two|three) working together\\b"), Set.of()),
            new Check("missing determiner before 'number of'",
                    Pattern.compile("\\b(?:on|of|in|for|about|with|by|to|at) number of\\b"), Set.of()),
            new Check("'give ... with' (left from 'provide ... with')",
                    Pattern.compile("\\bg(?:ive|ives|iven|iving|ave) [a-z']+ with\\b"), Set.of()),
            new Check("article before 'one place'", Pattern.compile("\\b(?:a|an) one place\\b"),
                    Set.of()),
            new Check("pronoun agreement",
                    Pattern.compile("\\b(?:they|we|you) (?:is|was|has|does)\\b|\\bi (?:is|has|does)\\b"
                            // "the area around it are": "it" after a preposition is no subject.
                            + "|(?<!\\b(?:around|of|for|to|in|on|with|by|from|at|near|about|behind) )\\b(?:he|she|it) are\\b"),
                    Set.of()));

    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "in", "on", "with", "by", "from", "at",
            "about", "across", "between", "among", "amongst", "within", "without", "like", "than");
    private static final Pattern SLOT = Pattern.compile("\\{(?:ing|verb|object)\\}");
    private static final Set<String> RELATIVES = Set.of("what", "who", "which", "that", "how", "whatever");
    private static final Pattern PLURAL_THEN_VERB = Pattern.compile("\\b([a-z]+s) (" + SINGULAR_VERB + ")\\b");
    private static final Pattern A_THEN_PLURAL = Pattern.compile("\\b(a|an) ([a-z]+s)\\b");
    private static final Pattern ARTICLE_THEN_WORD = Pattern.compile("\\b(a|an) ([a-z][a-z']*)\\b");

    private BrokenPatterns() {
    }

    /** Whether any check finds a broken sequence in {@code text}. */
    public static boolean isBroken(String text) {
        return !find(text).isEmpty();
    }

    /** Every broken sequence in {@code text}, in the order of the checks. */
    public static List<Problem> find(String text) {
        String t = normalise(text);
        List<Problem> problems = new ArrayList<>();
        Matcher slot = SLOT.matcher(text);
        while (slot.find()) {
            problems.add(new Problem("slot left unfilled", slot.group()));
        }
        for (Check check : CHECKS) {
            Matcher m = check.pattern().matcher(t);
            while (m.find()) {
                String words = m.group().strip();
                boolean allowed = check.allowed().stream().anyMatch(a -> t.startsWith(a, m.start()) || words.equals(a));
                // A doubled letter of an acronym said letter by letter ("c p p s", "c c g") is no doubled word.
                boolean letter = check.name().equals("doubled word") && m.group(1).length() == 1
                        && !m.group(1).equals("a") && !m.group(1).equals("i");
                if (!allowed && !letter && !(check.name().equals("doubled word") && NUMBER_WORDS.contains(m.group(1)))) {
                    problems.add(new Problem(check.name(), words));
                }
            }
        }
        agreement(t, problems);
        articles(t, problems);
        return problems;
    }

    /** "groups gives": a plural subject (not the object of a preposition just before) followed by a singular verb. */
    private static void agreement(String t, List<Problem> problems) {
        Matcher m = PLURAL_THEN_VERB.matcher(t);
        while (m.find()) {
            String noun = m.group(1);
            if (NOT_PLURAL.contains(noun) || noun.endsWith("ss") || noun.endsWith("us") || noun.endsWith("is")
                    || noun.endsWith("ics") || noun.endsWith("'s") || noun.length() < 4) {
                continue;
            }
            String before = t.substring(Math.max(0, m.start() - 50), m.start());
            String[] last = before.strip().split(" ");
            if (noun.equals("pounds") && NUMBER_WORDS.contains(last[last.length - 1])) {
                continue; // "ten million pounds was spent": a sum of money is one thing
            }
            boolean afterOf = false;
            for (int i = Math.max(0, last.length - 6); i < last.length; i++) {
                // "the check of what help a carer needs is": a clause whose verb is the "plural".
                afterOf |= PREPOSITIONS.contains(last[i]) || RELATIVES.contains(last[i])
                        // "the person using services is": the noun is the object of a participle.
                        || i >= last.length - 2 && last[i].length() > 4 && last[i].endsWith("ing");
            }
            if (!afterOf) {
                problems.add(new Problem("plural subject with singular verb", m.group()));
            }
        }
    }

    /** "a services", "a hour", "an plan". */
    private static void articles(String t, List<Problem> problems) {
        Matcher plural = A_THEN_PLURAL.matcher(t);
        while (plural.find()) {
            String noun = plural.group(2);
            if (!NOT_PLURAL.contains(noun) && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is")
                    && !noun.endsWith("ics") && !noun.endsWith("ous") && !noun.endsWith("as") && noun.length() > 3) {
                problems.add(new Problem("'a' before a plural", plural.group()));
            }
        }
        Matcher m = ARTICLE_THEN_WORD.matcher(t);
        while (m.find()) {
            String word = m.group(2);
            if (Set.of("and", "or", "to").contains(word)) {
                continue; // "a" the letter: "a and e", "a to z"
            }
            boolean vowelSound = "aeiou".indexOf(word.charAt(0)) >= 0
                    ? !SAID_WITH_CONSONANT.matcher(word).find() : SAID_WITH_VOWEL.matcher(word).find();
            if (m.group(1).equals("a") == vowelSound) {
                problems.add(new Problem("wrong form of 'a'/'an'", m.group()));
            }
        }
    }

    /** Lowercase words, with sentence punctuation and brackets kept as separate marks. */
    static String normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        t = t.replaceAll("[^a-z0-9' ,.;:!?()\\-]", " ").replace('-', ' ');
        t = t.replaceAll("([,.;:!?()])", " $1 ");
        return t.replaceAll("\\s+", " ").strip();
    }
}

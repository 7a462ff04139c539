package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;

/**
 * Every form of a glossary term and the matching form of its plain words: leverage → use gives
 * leveraged → used, leveraging → using; carry out → do gives carried out → did. Generated once when
 * a glossary loads.
 */
final class TermForms {
    /**
     * One form of a term.
     *
     * @param term                the term's words in this form, lowercase ("leveraged")
     * @param plain               the plain words to show, in the output spelling
     * @param plainAfterAuxiliary the plain words after "has", "was" and the like, when that form differs
     *                            ("has commenced" → "has begun" but "we commenced" → "we began"); else null
     * @param written             whether this is the form written in the glossary (it beats generated forms)
     * @param plural              whether this form is a noun term's plural
     * @param explainOnly         the plain words cannot stand for this form (the plural of "working together"):
     *                            explain the term rather than replace it
     */
    record Form(String term, String plain, String plainAfterAuxiliary, boolean written, boolean plural,
                boolean explainOnly) {
        Form(String term, String plain, String plainAfterAuxiliary, boolean written) {
            this(term, plain, plainAfterAuxiliary, written, false, false);
        }
    }

    private TermForms() {
    }

    static List<Form> of(GlossaryEntry entry, Spelling spelling) {
        String plain = localise(entry.plain(), spelling);
        List<Form> forms = new ArrayList<>();
        String[] termWords = entry.term().split(" ");
        PartOfSpeech pos = entry.pos();
        boolean writtenPlural = pos == PartOfSpeech.NOUN && Morphology.nounHead(termWords) >= 0
                && Morphology.looksPlural(termWords[Morphology.nounHead(termWords)]);
        forms.add(new Form(entry.term(), plain, null, true, writtenPlural, false));
        if (entry.term().contains("{")) {
            return forms; // a term with a slot is matched only as written
        }
        String[] plainWords = plain.isEmpty() ? new String[0] : plain.split(" ");
        boolean singleWords = termWords.length == 1 && plainWords.length <= 1;
        if (pos == PartOfSpeech.VERB || pos == PartOfSpeech.UNSPECIFIED && singleWords) {
            addVerbForms(termWords, plainWords, spelling, forms);
        }
        if (pos == PartOfSpeech.NOUN || pos == PartOfSpeech.UNSPECIFIED && singleWords) {
            addPlural(termWords, plainWords, localise(entry.plural(), spelling), forms);
        }
        return forms;
    }

    private static void addVerbForms(String[] termWords, String[] plainWords, Spelling spelling, List<Form> forms) {
        int at = verbAt(termWords);
        int plainAt = verbAt(plainWords);
        Morphology.VerbForms plainVerb = plainWords.length == 0 ? null
                : Morphology.verb(plainWords[plainAt].toLowerCase(Locale.ROOT), spelling == Spelling.BRITISH);
        // Both doubling rules are matched (cancelled and canceled), whichever spelling is shown.
        for (boolean british : new boolean[] {true, false}) {
            Morphology.VerbForms t = Morphology.verb(termWords[at], british);
            add(forms, termWords, at, t.third(), plainWords, plainAt, plainVerb == null ? null : plainVerb.third(), null);
            boolean pastIsParticiple = t.past().equals(t.participle());
            String plainPast = plainVerb == null ? null : plainVerb.past();
            String plainParticiple = plainVerb == null ? null : plainVerb.participle();
            add(forms, termWords, at, t.past(), plainWords, plainAt, plainPast,
                    pastIsParticiple && plainPast != null && !plainPast.equals(plainParticiple)
                            ? replaceWord(plainWords, plainAt, plainParticiple) : null);
            if (!pastIsParticiple) {
                add(forms, termWords, at, t.participle(), plainWords, plainAt, plainParticiple, null);
            }
            add(forms, termWords, at, t.ing(), plainWords, plainAt, plainVerb == null ? null : plainVerb.ing(), null);
        }
    }

    /** The verb of a verb phrase: its first word, after any adverb ("adversely affect"). */
    private static int verbAt(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!words[i].endsWith("ly")) {
                return i;
            }
        }
        return 0;
    }

    /** "GP", "PCN": letters said one by one, whose plural is a small s (GPs). */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static void addPlural(String[] termWords, String[] plainWords, String givenPlural, List<Form> forms) {
        int head = Morphology.nounHead(termWords);
        if (head < 0 || Morphology.looksPlural(termWords[head])) {
            return;
        }
        String last = termWords[termWords.length - 1];
        if (termWords.length > 1 && last.length() > 4 && last.endsWith("ing") && head < termWords.length - 1) {
            // "policy making", "place making": the -ing word is the head and has no plural ("policies making"
            // would match "policies" + "making sure").
            return;
        }
        boolean letters = termWords.length > 1 && Arrays.stream(termWords).allMatch(w -> w.length() == 1);
        // "g p" said letter by letter: its plural is one more letter, "g p s".
        String termPlural = letters ? String.join(" ", termWords) + " s"
                : String.join(" ", replaceWords(termWords, head, Morphology.plural(termWords[head])));
        if (!givenPlural.isEmpty()) {
            forms.add(new Form(termPlural, givenPlural, null, false, true, false));
            return;
        }
        int plainHead = plainWords.length == 0 ? -2 : Morphology.nounHead(lower(plainWords));
        if (plainHead == -1) {
            // "person who uses services" has no plural by rule: the glossary must say it in its own row. Letters
            // are explained, though: else "c p p s" would match as "c p p" and leave its plural "s" after the plain words.
            if (letters) {
                forms.add(new Form(termPlural, String.join(" ", plainWords), null, false, true, true));
            }
            return;
        }
        if (plainHead >= 0 && !Morphology.canBePlural(plainWords[plainHead].toLowerCase(Locale.ROOT))) {
            // "clear synergies" must not become "clear working together": explain the term instead.
            forms.add(new Form(termPlural, String.join(" ", plainWords), null, false, true, true));
            return;
        }
        String plainPlural = plainHead < 0 ? null : isAcronym(plainWords[plainHead]) ? plainWords[plainHead] + "s"
                : Morphology.plural(plainWords[plainHead].toLowerCase(Locale.ROOT));
        int before = forms.size();
        if (letters) {
            String plural = plainHead < 0 ? String.join(" ", plainWords) : replaceWord(plainWords, plainHead, plainPlural);
            forms.add(new Form(termPlural, plural, null, false, true, false));
            return;
        }
        add(forms, termWords, head, Morphology.plural(termWords[head]), plainWords, plainHead, plainPlural, null);
        if (forms.size() > before) {
            Form f = forms.remove(forms.size() - 1);
            forms.add(new Form(f.term(), f.plain(), null, false, true, false));
        }
    }

    /** Whether plain words are plural: "charities and voluntary groups", "people", not "number of visitors". */
    static boolean isPlural(String plain) {
        String[] words = plain.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("and") && !(i > 0 && i + 1 < words.length && words[i - 1].length() == 1
                    && words[i + 1].length() == 1)) { // "A and E" is one department
                return true;
            }
            if (i > 0 && RELATIVES.contains(words[i])) {
                // "people who use services": the number is the phrase's before the relative clause.
                words = Arrays.copyOf(words, i);
                break;
            }
        }
        int head = Morphology.nounHead(words);
        return head >= 0 && Morphology.looksPlural(words[head]);
    }

    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose", "whom");

    private static void add(List<Form> forms, String[] termWords, int at, String termWord, String[] plainWords,
                            int plainAt, String plainWord, String plainAfterAuxiliary) {
        String term = String.join(" ", replaceWords(termWords, at, termWord));
        String plain = plainWord == null ? String.join(" ", plainWords) : replaceWord(plainWords, plainAt, plainWord);
        for (Form f : forms) {
            if (f.term().equals(term)) {
                return;
            }
        }
        forms.add(new Form(term, plain, plainAfterAuxiliary, false));
    }

    private static String replaceWord(String[] words, int at, String word) {
        String shown = isAcronym(words[at]) && word.startsWith(words[at]) ? word : Capitals.matchCase(words[at], word);
        return String.join(" ", replaceWords(words, at, shown));
    }

    private static String[] replaceWords(String[] words, int at, String word) {
        String[] copy = words.clone();
        copy[at] = word;
        return copy;
    }

    private static String[] lower(String[] words) {
        String[] copy = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            copy[i] = words[i].toLowerCase(Locale.ROOT);
        }
        return copy;
    }

    /** The plain words in the output spelling, word by word, keeping their capitals. */
    static String localise(String text, Spelling spelling) {
        if (text.isEmpty()) {
            return text;
        }
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int hyphen = w.indexOf('-');
            words[i] = hyphen < 0 ? spelling.applyKeepingCase(w) : String.join("-", localiseParts(w.split("-"), spelling));
        }
        return String.join(" ", words);
    }

    private static String[] localiseParts(String[] parts, Spelling spelling) {
        for (int i = 0; i < parts.length; i++) {
            parts[i] = spelling.applyKeepingCase(parts[i]);
        }
        return parts;
    }
}

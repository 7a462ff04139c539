package org.plaincaptions.plain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.plaincaptions.plain.GlossaryEntry.Mode;

/**
 * The plain-language engine: glossary terms in all their forms and spellings, spoken numbers as
 * digits, fillers and stutters dropped, sentence case and capitals for names, in one left-to-right
 * pass. A pure function of (glossaries, locale, text); immutable and safe to share between threads.
 *
 * <p>On partial results it holds back only the trailing words that may still be completing a longer
 * term, a number or a name, so words already shown do not change because of the rewriter.
 */
public final class PlainLanguageRewriter implements PlainRewriter {
    private static final Set<String> FILLERS = Set.of("um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "mm", "mhm");
    /** Words people really do say twice ("I know that that is..."), so a repeat of them is not a stutter. */
    private static final Set<String> REPEATABLE = Set.of("that", "had", "very", "really", "no", "yes", "yeah",
            "bye", "ha", "is", "so", "far", "many", "much", "more", "long", "again", "knock", "do", "well", "never");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "is", "are", "was", "were",
            "be", "been", "being", "get", "gets", "got", "getting", "'s", "'ve");

    private final Lexicon lexicon;
    private final Spelling spelling;

    /** An engine for these glossaries, later ones overriding earlier ones, writing for {@code locale}. */
    public PlainLanguageRewriter(List<Glossary> glossaries, Locale locale) {
        this.spelling = Spelling.of(locale);
        Tagger.preload(); // read in the background while the glossaries compile; waited for only when needed
        this.lexicon = Lexicon.build(glossaries, spelling);
    }

    @Override
    public Rewrite rewriteFinal(String raw) {
        return rewrite(raw, false, Set.of());
    }

    @Override
    public Rewrite rewritePartial(String raw) {
        return rewrite(raw, true, Set.of());
    }

    @Override
    public Rewrite rewriteFinal(String raw, Set<String> alreadyExplained) {
        return rewrite(raw, false, alreadyExplained);
    }

    @Override
    public Rewrite rewritePartial(String raw, Set<String> alreadyExplained) {
        return rewrite(raw, true, alreadyExplained);
    }

    @Override
    public boolean covers(String word) {
        return lexicon.covers(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Waits until the part-of-speech model is read: it loads on a background thread while the glossaries
     * compile, and captions wait for it only when a rule needs tags. For start-up measurements.
     */
    public void awaitTagger() {
        Tagger.awaitModel();
    }

    /** How many glossary rows this engine was built from. */
    public int entryCount() {
        return lexicon.entryCount();
    }

    private Rewrite rewrite(String raw, boolean partial, Set<String> alreadyExplained) {
        List<Token> tokens = Tokenizer.split(raw);
        PlainText out = new PlainText(raw.length());
        Grammar grammar = new Grammar(tokens, partial, lexicon);
        Set<String> explainedHere = null;
        int n = tokens.size();
        int held = 0;
        int i = 0;
        int agreeAt = -1;
        int agreeWith = 0;
        int cap = -1; // the term at capAt must end by here: the longer one was a noun inside a compound (see below)
        int capAt = -1;
        words:
        while (i < n) {
            Token t = tokens.get(i);
            if (FILLERS.contains(t.key())) {
                out.remove(t, "filler");
                i++;
                continue;
            }
            boolean capped = i == capAt;
            PhraseTrie.Hit<Lexicon.Senses> term = capped ? lexicon.longest(tokens.subList(0, cap), i)
                    : lexicon.longest(tokens, i);
            for (int k = i + 1; k < i + term.length(); k++) {
                if (tokens.get(k).lead().contains("(")) {
                    // A term does not run on into an explanation given on an earlier pass: "section seventy five
                    // (agreement to pool ...) agreement" is not the term "section seventy five agreement".
                    term = lexicon.longest(tokens.subList(0, k), i);
                    capped = true;
                    break;
                }
            }
            if (isStutter(tokens, i, out, term.length() > 0 || term.mayGrow())) {
                out.remove(t, "stutter");
                i++;
                continue;
            }
            if (partial && term.mayGrow() && !capped) {
                held = holdFrom(tokens, i, raw, out);
                break;
            }
            if (partial && t.key().equals("i") && !(i > 0 && isLetter(tokens.get(i - 1))) && (onlyFillersAfter(tokens, i)
                    || i + 2 == n && tokens.get(i + 1).key().equals("a"))) {
                // "i" may yet be a letter of an acronym ("i c b"): shown once the next word is known.
                held = holdFrom(tokens, i, raw, out);
                break;
            }
            if (i == agreeAt && term.length() == 0) {
                agreeAt = -1;
                String agreed = grammar.agree(i, agreeWith);
                if (agreed == Grammar.WAIT) {
                    held = holdFrom(tokens, i, raw, out);
                    break;
                }
                if (agreed != null) {
                    out.replace(List.of(t), agreed, "agreement");
                    i++;
                    continue;
                }
            }
            if (term.length() > 0) {
                int len = term.length();
                Lexicon.Sense sense = term.value().only();
                if (sense == null || sense.ambiguous()) {
                    // One row per part of speech: the tagger decides (impact as a verb or a noun), looking
                    // at the word after the term too, and for an -ing word before an adjective the one after that.
                    if (!grammar.settled(i + len) || grammar.looksTwoAhead(i, len) && !grammar.settled(i + len + 1)) {
                        held = holdFrom(tokens, i, raw, out);
                        break;
                    }
                    sense = grammar.choose(term.value(), i, len);
                }
                int slot = sense == null ? -1 : Grammar.slotIndex(sense.entry());
                if (slot >= 0 && !grammar.settled(i + slot)) {
                    held = holdFrom(tokens, i, raw, out);
                    break;
                }
                if (sense == null || slot >= 0 && !grammar.isVerb(i + slot)) {
                    // No sense fits how the word is used here ("a challenging year"), or no verb fills the slot.
                    showAsSaid(tokens, i, out);
                    i++;
                    continue;
                }
                if (sense.pos() == GlossaryEntry.PartOfSpeech.ADJECTIVE && len > 1) {
                    // "each place based where possible": a noun and then a verb, not the term, so the words are kept.
                    Boolean nounThenVerb = grammar.nounThenParticiple(i, len);
                    if (nounThenVerb == null) {
                        held = holdFrom(tokens, i, raw, out);
                        break;
                    }
                    if (nounThenVerb) {
                        showAsSaid(tokens, i, out);
                        i++;
                        continue;
                    }
                }
                boolean inCompound = false;
                if (sense.mode() == Mode.REPLACE && sense.cannotModifyNoun() && explainedAlready(tokens, i + len, sense)) {
                    inCompound = true; // explained so on an earlier pass ("footfall (number of visitors) data")
                } else if (sense.mode() == Mode.REPLACE && sense.cannotModifyNoun() && !t.lower().equals(out.lastWord())) {
                    // (Not after the same word shown: "needs needs assessment" would lose a "needs" as a stutter.)
                    // "a person centred care plan": plain words with words after their head ("care built around
                    // the person") cannot stand before another noun. A shorter term is taken instead ("person
                    // centred" -> "a care plan built around the person"); with none, the term is explained.
                    Boolean follows = grammar.nounFollows(i + len);
                    if (follows == null) {
                        held = holdFrom(tokens, i, raw, out);
                        break;
                    }
                    if (follows && len > 1 && rewritesShorter(tokens, i, len)) {
                        cap = i + len - 1;
                        capAt = i;
                        continue;
                    }
                    inCompound = follows;
                }
                List<Token> span = tokens.subList(i, i + len);
                GlossaryEntry entry = sense.entry();
                String source = "glossary:" + entry.term();
                boolean explained = alreadyExplained.contains(entry.term())
                        || explainedHere != null && explainedHere.contains(entry.term());
                Mode mode = sense.mode() == Mode.REPLACE && (inCompound
                        || sense.takesNoArticle() && i > 0 && isArticleOrThe(tokens.get(i - 1)))
                        ? Mode.EXPLAIN : sense.mode();
                boolean bracketsFollow = mode == Mode.EXPLAIN && !explained && explainedAlready(tokens, i + len, sense);
                if (mode == Mode.EXPLAIN && !explained) {
                    // Explained here, or already in the text being simplified again: either way a later use of
                    // the term in this caption is not explained a second time.
                    if (!bracketsFollow) {
                        // The term in the caption's spelling, as every other word ("leveling up" -> "levelling up (...)"),
                        // so simplifying the shown text again changes nothing.
                        out.explain(span, w -> w.chars().allMatch(Character::isDigit) ? w : spelling.applyKeepingCase(w),
                                sense.plain(), source);
                    } else {
                        showSpan(tokens, i, i + len, out);
                    }
                    explainedHere = explainedHere == null ? new HashSet<>() : explainedHere;
                    explainedHere.add(entry.term());
                } else if (mode == Mode.REPLACE) {
                    String plain = plainFor(sense, tokens, i);
                    int end = i + len;
                    if (slot >= 0) {
                        if (plain.equals("{ing}")) {
                            // "in the process of being evaluated": drop the wordy words, go on with the verb.
                            out.replace(tokens.subList(i, i + slot), "", source);
                            i += slot;
                            continue;
                        }
                        Lexicon.Sense own = slotSense(tokens, i + slot);
                        String verb = own != null ? own.plain() : spelling.applyKeepingCase(tokens.get(i + slot).word());
                        String base = own != null ? own.entry().plain()
                                : Morphology.baseOfIng(verb.toLowerCase(Locale.ROOT), spelling == Spelling.BRITISH);
                        plain = plain.replace("{ing}", verb).replace("{verb}", base);
                    }
                    if (plain.contains("{object}") || entry.place() == GlossaryEntry.Place.AFTER_NOUN) {
                        boolean object = plain.contains("{object}");
                        int phraseEnd = object ? grammar.objectEnd(end) : grammar.nounsEnd(i, end);
                        if (phraseEnd < 0) {
                            held = holdFrom(tokens, i, raw, out);
                            break;
                        }
                        String words = saidAsShown(tokens, end, phraseEnd);
                        if (object) {
                            plain = words.isEmpty() ? plain.replace(" {object}", "").replace("{object} ", "")
                                    : plain.replace("{object}", words);
                        } else if (!words.isEmpty()) {
                            plain = words + " " + plain;
                        }
                        end = phraseEnd;
                    }
                    if ((plain.startsWith("there is ") || plain.startsWith("there was ")) && end == i + len
                            && tokens.get(end - 1).key().equals("of")) {
                        // "there is a lack of homes": the verb agrees with the nouns after ("there are not enough homes").
                        Boolean plural = tokens.get(end - 1).endsClause() ? Boolean.FALSE : grammar.pluralFrom(end);
                        if (plural == null) {
                            held = holdFrom(tokens, i, raw, out);
                            break;
                        }
                        if (!grammar.takesEnough(end)) {
                            showSpan(tokens, i, end, out); // "there is a lack of it": kept as said
                            i = end;
                            continue;
                        }
                        if (plural) {
                            plain = plain.startsWith("there is ") ? "there are " + plain.substring(9)
                                    : "there were " + plain.substring(10);
                        }
                    }
                    if (Lexicon.startsWithArticle(plain)) {
                        Boolean determined = grammar.hasDeterminer(i);
                        if (determined == null) {
                            held = holdFrom(tokens, i, raw, out);
                            break;
                        }
                        if (determined) {
                            plain = plain.substring(plain.indexOf(' ') + 1); // "our footfall": our number of visitors
                        }
                    }
                    if (i == agreeAt && plain.indexOf('{') < 0 && !plain.isEmpty()) {
                        // "the voluntary sector provides": the plain verb agrees too ("... groups give").
                        int space = plain.indexOf(' ');
                        String verb = space < 0 ? plain : plain.substring(0, space);
                        String agreed = t.key().endsWith("s") == verb.endsWith("s")
                                ? grammar.agree(i, verb.toLowerCase(Locale.ROOT), verb, agreeWith) : null;
                        if (agreed == Grammar.WAIT) {
                            held = holdFrom(tokens, i, raw, out);
                            break;
                        }
                        if (agreed != null) {
                            plain = space < 0 ? agreed : agreed + plain.substring(space);
                        }
                    }
                    if (sense.numberChange() != 0 && grammar.isSubject(i)) {
                        agreeAt = grammar.verbAfter(end);
                        agreeWith = sense.numberChange();
                    }
                    int start = i;
                    if (plain.startsWith("one ") && i > 0 && isArticle(tokens.get(i - 1)) && out.takeBackArticle()) {
                        start = i - 1; // "a single point of access" → "one place to go for help"
                    }
                    out.replace(tokens.subList(start, end), plain, source);
                    i = end;
                    continue;
                } else {
                    int from = out.length();
                    showSpan(tokens, i, i + len, out);
                    if (mode == Mode.FLAG) {
                        out.flag(from, entry);
                    }
                }
                i += len;
                continue;
            }
            SpokenNumbers.Match number = SpokenNumbers.match(tokens, i);
            if (number != null) {
                if (partial && number.open()) {
                    held = holdFrom(tokens, i, raw, out);
                    break;
                }
                if (number.text() != null) {
                    out.replace(tokens.subList(i, number.end()), number.text(), "number");
                } else {
                    showSpan(tokens, i, number.end(), out);
                }
                i = number.end();
                continue;
            }
            PhraseTrie.Hit<Capitals.Name> name = Capitals.name(tokens, i);
            if (partial && name.mayGrow()) {
                held = holdFrom(tokens, i, raw, out);
                break;
            }
            if (name.length() > 0) {
                for (int k = 0; k < name.length(); k++) {
                    out.word(tokens.get(i + k), name.value().words()[k], null);
                }
                i += name.length();
                continue;
            }
            if (partial && t.trail().isEmpty() && (t.key().equals("a") || t.key().equals("an")) && onlyFillersAfter(tokens, i)) {
                // The article may need to become "an" once the next word is known: show it with that word.
                held = Tokenizer.countWords(raw) - t.rawWord();
                break;
            }
            showAsSaid(tokens, i, out);
            i++;
        }
        if (!partial) {
            out.finishSentence();
        }
        return new Rewrite(raw, out.text(), out.changes(), held, out.flags());
    }

    /** Whether a shorter term than {@code len} words starts at {@code i} and rewrites (is no flag). */
    private boolean rewritesShorter(List<Token> tokens, int i, int len) {
        PhraseTrie.Hit<Lexicon.Senses> shorter = lexicon.longest(tokens.subList(0, i + len - 1), i);
        return shorter.length() > 0 && shorter.value().all().stream().noneMatch(s -> s.mode() == Mode.FLAG);
    }

    private static boolean isArticleOrThe(Token t) {
        return t.trail().isEmpty() && (t.key().equals("a") || t.key().equals("an") || t.key().equals("the"));
    }

    private static boolean isArticle(Token t) {
        return t.trail().isEmpty() && (t.key().equals("a") || t.key().equals("an"));
    }

    private static boolean onlyFillersAfter(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            if (!FILLERS.contains(tokens.get(k).key())) {
                return false;
            }
        }
        return true;
    }

    /** How many raw words are held back from token {@code i} on, with an article shown just before them. */
    private static int holdFrom(List<Token> tokens, int i, String raw, PlainText out) {
        int from = i > 0 && out.takeBackArticle() ? i - 1 : i;
        return Tokenizer.countWords(raw) - tokens.get(from).rawWord();
    }

    private void showSpan(List<Token> tokens, int from, int to, PlainText out) {
        for (int k = from; k < to; k++) {
            showAsSaid(tokens, k, out);
        }
    }

    private void showAsSaid(List<Token> tokens, int k, PlainText out) {
        Token t = tokens.get(k);
        // The letter before must be shown as a letter: in "k p i s i" the "s" went into "measures of success".
        boolean letter = letterI(tokens, k) && (isSpelledLetter(out.lastWord()) || k + 1 < tokens.size()
                && !t.endsClause() && letterAfter(tokens, k));
        String pronoun = letter ? null : Capitals.pronounI(t.lower());
        if (pronoun != null) {
            out.word(t, pronoun, null);
            return;
        }
        String spelt = t.key().isEmpty() || t.isDigits() ? t.word() : spelling.applyKeepingCase(t.word());
        out.word(t, spelt, "spelling");
    }

    /** The words {@code from} to {@code to} as they would be shown (names capitalised, spelling), joined by spaces. */
    private String saidAsShown(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        int k = from;
        while (k < to) {
            Token t = tokens.get(k);
            if (words.length() > 0 && !FILLERS.contains(t.key())) {
                words.append(t.hyphenBefore() ? '-' : ' ');
            }
            PhraseTrie.Hit<Lexicon.Senses> term = lexicon.longest(tokens.subList(k, to), 0);
            Lexicon.Sense sense = term.length() > 0 ? term.value().only() : null;
            boolean asNoun = sense == null && term.length() > 0;
            if (asNoun) {
                // Moved words are nouns: a term with rows for several parts of speech takes its noun row
                // ("empowered impact" -> "effect more in control", as on the second pass).
                sense = term.value().all().stream().filter(x -> x.pos() == GlossaryEntry.PartOfSpeech.NOUN)
                        .findFirst().orElse(null);
            }
            if (FILLERS.contains(t.key())) {
                k++;
                continue;
            }
            if (k + 1 < to && t.trail().isEmpty() && tokens.get(k + 1).key().equals(t.key()) && !t.key().isEmpty()
                    && !REPEATABLE.contains(t.key()) && !isSpelledLetter(t.key()) && !t.isDigits()
                    && !NumberWords.isNumberWord(t.key())) {
                k++; // a stutter among moved words ("empowered garden garden"), dropped as anywhere else
                continue;
            }
            if (sense != null && sense.mode() == Mode.REPLACE && (asNoun || !sense.ambiguous() || sense.pos() == GlossaryEntry.PartOfSpeech.NOUN) && !sense.entry().hasSlot()
                    && sense.entry().place() == GlossaryEntry.Place.TERM && !Lexicon.startsWithArticle(sense.plain())) {
                // A moved noun that is itself a term ("an empowered accompany" is rare, but simplifying twice must agree).
                words.append(sense.plain());
                k += term.length();
                continue;
            }
            if (sense != null && sense.mode() == Mode.EXPLAIN && !sense.ambiguous() && !sense.entry().hasSlot()
                    && !explainedAlready(tokens, k + term.length(), sense)) {
                // A moved noun that is explained ("greenfield safeguarding" -> "safeguarding (keeping people
                // safe from harm) never built on"): explained here, as it would be when simplified again.
                for (int w = k; w < k + term.length(); w++) {
                    Token said = tokens.get(w);
                    words.append(w == k ? "" : said.hyphenBefore() ? "-" : " ").append(spelling.applyKeepingCase(said.word()));
                }
                words.append(" (").append(sense.plain()).append(')');
                k += term.length();
                continue;
            }
            SpokenNumbers.Match number = SpokenNumbers.match(tokens.subList(0, to), k);
            if (number != null && number.text() != null) {
                // Numbers in moved words are shown as everywhere else ("co design two services" -> "design 2
                // services together"), so simplifying twice agrees.
                words.append(number.text());
                k = number.end();
                continue;
            }
            PhraseTrie.Hit<Capitals.Name> name = Capitals.name(tokens, k);
            if (name.length() > 0 && k + name.length() <= to) {
                words.append(String.join(" ", name.value().words()));
                k += name.length();
                continue;
            }
            String pronoun = letterI(tokens, k) ? null : Capitals.pronounI(t.lower());
            words.append(pronoun != null ? pronoun
                    : t.key().isEmpty() || t.isDigits() ? t.word() : spelling.applyKeepingCase(t.word()));
            k++;
        }
        return words.toString();
    }

    /** The verb in a slot in plain words: its own glossary replacement if it has one ("leveraging" → "using"). */
    /**
     * The verb in a slot's own glossary sense, or null: its plain words stand for {@code {ing}} ("leveraging"
     * → "using", "accompanying" → "going with") and the row's own plain words for {@code {verb}} ("go with"),
     * so a verb whose plain words are several is rewritten in the slot too and simplifying twice agrees.
     */
    private Lexicon.Sense slotSense(List<Token> tokens, int at) {
        PhraseTrie.Hit<Lexicon.Senses> own = lexicon.longest(tokens.subList(at, at + 1), 0);
        if (own.length() == 1) {
            for (Lexicon.Sense sense : own.value().all()) {
                GlossaryEntry.PartOfSpeech pos = sense.pos();
                GlossaryEntry entry = sense.entry();
                if (sense.mode() == Mode.REPLACE && !entry.hasSlot() && !entry.plain().contains("{")
                        && entry.place() == GlossaryEntry.Place.TERM && sense.plain().split(" ")[0].endsWith("ing")
                        && (pos == GlossaryEntry.PartOfSpeech.VERB || pos == GlossaryEntry.PartOfSpeech.UNSPECIFIED)) {
                    return sense;
                }
            }
        }
        return null;
    }

    private static String plainFor(Lexicon.Sense sense, List<Token> tokens, int i) {
        if (sense.plainAfterAuxiliary() != null && i > 0 && AUXILIARIES.contains(tokens.get(i - 1).key())) {
            return sense.plainAfterAuxiliary();
        }
        return sense.plain();
    }

    /**
     * A repeated word: the same as the next word said, or as the last word shown (unless it starts a
     * glossary term: "ask for" then "for the duration of" keeps its "for").
     */
    private static boolean isStutter(List<Token> tokens, int i, PlainText out, boolean startsTerm) {
        Token t = tokens.get(i);
        String key = t.key();
        if (key.isEmpty() || !t.lead().isEmpty() || REPEATABLE.contains(key) || t.isDigits()
                || NumberWords.isNumberWord(key) || isSpelledLetter(key)) {
            return false;
        }
        if (i + 1 < tokens.size() && t.trail().isEmpty()) {
            Token next = tokens.get(i + 1);
            if (!next.hyphenBefore() && next.lead().isEmpty() && next.key().equals(key)) {
                return true;
            }
        }
        return !startsTerm && !t.hyphenBefore() && t.lower().equals(out.lastWord());
    }

    /** "i" said as a letter: next to another letter of an acronym ("c i n", "i c b"), so not the pronoun. */
    private static boolean letterI(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.key().equals("i")) {
            return false;
        }
        return k > 0 && !tokens.get(k - 1).endsClause() && isLetter(tokens.get(k - 1))
                || k + 1 < tokens.size() && !t.endsClause() && (isLetter(tokens.get(k + 1))
                        || tokens.get(k + 1).key().equals("a") && !tokens.get(k + 1).endsClause()
                        && k + 2 < tokens.size() && isLetter(tokens.get(k + 2))); // "i a p t"
    }

    private static boolean letterAfter(List<Token> tokens, int k) {
        return isLetter(tokens.get(k + 1)) || tokens.get(k + 1).key().equals("a") && !tokens.get(k + 1).endsClause()
                && k + 2 < tokens.size() && isLetter(tokens.get(k + 2));
    }

    private static boolean isLetter(Token t) {
        return t.lead().isEmpty() && isSpelledLetter(t.key());
    }

    /** A letter of an acronym said letter by letter: "c c g", "p p e" double a letter, not a stutter. */
    private static boolean isSpelledLetter(String key) {
        return key.length() == 1 && Character.isLetter(key.charAt(0)) && !key.equals("a") && !key.equals("i");
    }

    /** Whether the words after a term already are its explanation in brackets (text rewritten before). */
    private static boolean explainedAlready(List<Token> tokens, int after, Lexicon.Sense sense) {
        if (after >= tokens.size() || !tokens.get(after).lead().startsWith("(")) {
            return false;
        }
        StringBuilder inBrackets = new StringBuilder();
        for (int k = after; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (inBrackets.length() > 0) {
                inBrackets.append(t.hyphenBefore() ? '-' : ' ');
            }
            inBrackets.append(t.word());
            if (t.trail().startsWith(")")) {
                // Words only: an explanation with a comma in it ("housing homeless people first, with support")
                // is the same explanation when simplified again.
                return wordsOnly(inBrackets.toString()).equalsIgnoreCase(wordsOnly(sense.plain()));
            }
        }
        return false;
    }

    private static String wordsOnly(String text) {
        // Apostrophes too: a word's trailing one ("communities' own") is punctuation to the tokenizer.
        return text.replaceAll("[^\\p{L}\\p{N}\\- ]", "").replaceAll("\\s+", " ").trim();
    }
}

package org.plaincaptions.plain;

import java.util.List;
import java.util.Set;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;

/**
 * The grammar around one swap, for one caption (docs/decisions/0017): which part of speech a term is
 * used as, the noun phrase after a term (for plain words placed after the noun, or an {@code {object}}
 * slot), whether a determiner comes before it, and the verb that must agree with a subject whose number
 * changed. Part-of-speech tags are computed only when a question needs them, once per caption.
 *
 * <p>On a partial result a question whose answer may still change when more words arrive is answered
 * "wait" ({@link #WAIT}, {@code null} or -1 as documented), and the rewriter holds the words back.
 */
final class Grammar {
    /** The answer "not yet: more words are needed". Compared by identity. */
    static final String WAIT = new String("wait");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "our",
            "your", "their", "his", "her", "its", "my", "some", "any", "no", "every", "each", "whose", "more", "less",
            "much", "many", "few", "total", "overall", "average", "high", "higher", "low", "lower", "weekly", "daily",
            "monthly", "annual", "yearly", "local", "increased", "reduced", "same", "what", "which", "other", "such");
    private static final Set<String> POSSESSIVES = Set.of("our", "your", "their", "his", "her", "its", "my");
    /** Words between a determiner and the term that leave the term the subject ("the whole voluntary sector"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "for", "with", "to", "on", "at", "from", "by",
            "about", "between", "among", "amongst", "across", "within", "without", "like", "than", "into", "onto",
            "over", "under", "through", "around", "behind", "beyond", "via", "towards", "against", "including",
            "and", "or", "as");
    private static final Set<String> ADVERBS = Set.of("also", "still", "now", "often", "already", "always", "never",
            "just", "only", "really", "usually", "currently", "sometimes", "too", "even", "then", "again",
            "generally", "rarely", "all");

    /** Words "not enough" cannot stand before. */
    private static final Set<String> NOT_AFTER_ENOUGH = Set.of("the", "a", "an", "this", "that", "these", "those",
            "our", "your", "their", "his", "her", "its", "my", "some", "any", "no", "every", "each", "whose", "what",
            "which", "who", "it", "them", "us", "you", "him", "me", "one", "such", "much", "many", "more", "enough",
            "all", "both", "either", "neither", "how", "why", "when", "where", "whether");
    /** Common words that never start a noun, so no tagging is needed to know a compound ends before them. */
    private static final Set<String> NOT_NOUNS = Set.of("is", "are", "was", "were", "be", "been", "will", "would",
            "can", "could", "should", "must", "may", "might", "has", "have", "had", "do", "does", "did", "that",
            "which", "who", "where", "when", "but", "so", "if", "because", "the", "a", "an", "this", "these", "those",
            "it", "we", "they", "you", "he", "she", "i", "not", "also", "now", "then", "there", "here", "very", "today",
            "tomorrow", "yesterday", "tonight", "soon", "together", "again", "ago", "first", "last", "next", "too");

    private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "DET", "CCONJ", "SCONJ", "AUX", "PRON", "PART",
            "PUNCT", "ADV", "NUM", "INTJ", "SYM", "X");

    /** Content-word tags: a term tagged as one of these that has no sense for it is read as its noun. */
    private static final Set<String> OPEN_TAGS_NO_SENSE = Set.of("ADJ", "ADV", "X", "INTJ", "SYM");
    private final List<Token> tokens;
    private final boolean partial;
    /** Words of left context tagged before the first word asked about. */
    private static final int WINDOW_BEFORE = 4;
    private String[] words;
    private String[] tags;
    private int from;
    private int taggedTo;

    /** For the one question that needs the glossary: whether a word is only ever a verb term. */
    private final Lexicon lexicon;

    Grammar(List<Token> tokens, boolean partial) {
        this(tokens, partial, null);
    }

    Grammar(List<Token> tokens, boolean partial, Lexicon lexicon) {
        this.tokens = tokens;
        this.partial = partial;
        this.lexicon = lexicon;
    }

    /** Whether the tag of word {@code p} can no longer change: always on a final result. */
    boolean settled(int p) {
        return !partial || p + Tagger.CONTEXT < tokens.size();
    }

    /**
     * The tag of word {@code k}. Only a window is tagged: from a few words before the first word asked
     * about (questions come left to right) on to the word asked about. Greedy decoding from a fixed
     * start gives every word the same tag however far the window later grows, and the start depends
     * only on the words before it, so a partial and its final agree (decision 0016).
     */
    private String tag(int k) {
        if (tags == null || k < from) {
            from = Math.max(0, k - WINDOW_BEFORE);
            words = Tagger.words(tokens, from);
            tags = new String[words.length];
            taggedTo = 0;
        }
        int at = k - from;
        if (at >= taggedTo) {
            Tagger.tag(words, tags, taggedTo, at + 1);
            taggedTo = at + 1;
        }
        return tags[at];
    }

    /**
     * The sense whose part of speech fits the tags, else one for any part of speech, else null. A verb
     * sense also needs a place a verb can stand: not right after a determiner or preposition ("heard about
     * challenges" is the noun, whatever the tagger says), and an -ing word before a noun with no auxiliary
     * before it is an adjective ("a uniquely challenging funding landscape").
     */
    Lexicon.Sense choose(Lexicon.Senses senses, int from, int length) {
        Lexicon.Sense ing = ingOfAVerbOnlyTerm(senses, from);
        if (ing != null) {
            return ing;
        }
        Lexicon.Sense any = null;
        Lexicon.Sense noun = null;
        Lexicon.Sense participle = null;
        boolean verbRuledOut = false;
        for (Lexicon.Sense sense : senses.all()) {
            PartOfSpeech pos = sense.pos();
            if (pos == PartOfSpeech.UNSPECIFIED || pos == PartOfSpeech.PHRASE) {
                any = any == null ? sense : any;
                continue;
            }
            noun = pos == PartOfSpeech.NOUN && noun == null ? sense : noun;
            if (pos == PartOfSpeech.VERB && !verbCanStand(from, length)) {
                verbRuledOut = true;
                continue;
            }
            boolean participleWithVerb = pos == PartOfSpeech.ADJECTIVE && tokens.get(from + length - 1).key().endsWith("ed")
                    && senses.all().stream().anyMatch(x -> x.pos() == PartOfSpeech.VERB);
            if (participleWithVerb && from + length < tokens.size() && tokens.get(from + length).lead().startsWith("(")) {
                return sense; // explained so on an earlier pass: simplifying twice agrees
            }
            if (participleWithVerb && !modifiesNext(from + length)) {
                // A participle with a verb row describes a noun after it ("the devolved nature"), else is the verb
                // ("powers devolved to the region", which the tagger calls ADJ).
                participle = senses.all().stream().filter(x -> x.pos() == PartOfSpeech.VERB).findFirst().orElse(null);
                continue;
            }
            int last = pos == PartOfSpeech.VERB ? from : from + length - 1;
            for (int k = from; k <= last; k++) {
                if (fits(pos, tag(k)) || pos == PartOfSpeech.VERB && (isGerund(k) || ingBeforeVerbTerm(k) || edAfterVerbTerm(k))) {
                    return sense;
                }
            }
        }
        if (any == null && participle != null) {
            return participle;
        }
        if (any == null && verbRuledOut && noun != null && tag(from).equals("VERB")) {
            return noun;
        }
        if (any == null && noun != null && OPEN_TAGS_NO_SENSE.contains(tag(from + length - 1)) && !modifiesNext(from + length)) {
            // Tagged as no part of speech the term has ("moving forward impact": ADJ): a content word that
            // is not a verb here and comes before no noun ("the impact assessment") is read as the noun, so the
            // plain text reads the same when simplified again. Callers ask once the word after is settled.
            return noun;
        }
        return any;
    }

    /**
     * The -ing form of a term known only as a verb ("impacting", "leveraging"), not after a determiner: its
     * plain verb's -ing form reads right as a verb, a gerund or an adjective ("impacting factors" ->
     * "affecting factors"), so no tag decides. Tags around a word change when a neighbour is rewritten
     * ("advantageous impacting library" -> "helpful impacting library"), and simplifying twice must agree.
     */
    private Lexicon.Sense ingOfAVerbOnlyTerm(Lexicon.Senses senses, int from) {
        if (!tokens.get(from).key().endsWith("ing")
                || from > 0 && !tokens.get(from - 1).endsClause() && DETERMINERS.contains(tokens.get(from - 1).key())) {
            return null;
        }
        Lexicon.Sense verb = null;
        for (Lexicon.Sense sense : senses.all()) {
            if (sense.pos() != PartOfSpeech.VERB) {
                return null;
            }
            verb = verb == null ? sense : verb;
        }
        return verb;
    }

    /**
     * An -ing word the tagger calls a noun ("accomplish impacting"): a gerund, which the verb's own -ing
     * form replaces as well as a verb ("affecting"); an -ing adjective ("a challenging year") is ADJ, not this.
     * Without it the choice flipped when the word before was rewritten ("do impacting" is a VERB).
     */
    private boolean isGerund(int k) {
        return tokens.get(k).key().endsWith("ing") && tag(k).equals("NOUN");
    }

    /**
     * An -ing word tagged ADJ before a word the glossary knows only as a verb ("challenging accompanies"):
     * once that word is rewritten ("goes with") the tagger calls the -ing word a VERB, so it is one here too.
     */
    private boolean ingBeforeVerbTerm(int k) {
        if (!tokens.get(k).key().endsWith("ing") || !tag(k).equals("ADJ")) {
            return false;
        }
        // Likewise after one ("accomplish challenging": once "do", the tagger calls it a VERB).
        return k + 1 < tokens.size() && !tokens.get(k).endsClause() && onlyAVerbTerm(k + 1)
                || k > 0 && !tokens.get(k - 1).endsClause() && endsAVerbTerm(k);
    }

    /**
     * An -ed word right after a word or phrase the glossary knows only as a verb ("comply with impacted",
     * "attain impacted"): after its plain verb ("follow", "reach") the tagger calls it a VERB, so it is one here.
     */
    private boolean edAfterVerbTerm(int k) {
        return tokens.get(k).key().endsWith("ed") && k > 0 && !tokens.get(k - 1).endsClause() && endsAVerbTerm(k);
    }

    /** Whether word {@code next} is one a term before it would modify: a noun, adjective or number. */
    private boolean modifiesNext(int next) {
        if (next >= tokens.size() || tokens.get(next - 1).endsClause()) {
            return false;
        }
        String tag = tag(next);
        // A word the glossary knows only as a verb is no noun to modify ("challenging accompanies").
        return (tag.equals("NOUN") || tag.equals("PROPN")) && !onlyAVerbTerm(next) || tag.equals("ADJ") || tag.equals("NUM");
    }

    private boolean verbCanStand(int from, int length) {
        String before = from > 0 && !tokens.get(from - 1).endsClause() ? tag(from - 1) : "";
        boolean ing = tokens.get(from).key().endsWith("ing");
        if (!ing) {
            // After a word the glossary knows only as a verb, whatever its tag ("attain impacted": ADP), as after
            // its plain verb on the second pass ("reach impacted").
            return !(before.equals("DET") || (before.equals("ADP") || before.equals("SCONJ"))
                    && !tokens.get(from - 1).key().equals("to")) || from > 0 && !tokens.get(from - 1).endsClause()
                    && endsAVerbTerm(from);
        }
        int next = from + length;
        boolean nounNext = next < tokens.size() && !tokens.get(next - 1).endsClause()
                && describesANoun(next) && !onlyAVerbTerm(next);
        // After a verb, as after an auxiliary, it is a verb ("stop impacting services"); the tagger calls the
        // adjectives there ADJ ("face challenging times"). A verb before that is rewritten ("accomplish" ->
        // "do", an AUX) so gives the same answer on the second pass.
        return !nounNext || before.equals("AUX") || before.equals("VERB")
                || from > 0 && !tokens.get(from - 1).endsClause() && endsAVerbTerm(from);
    }

    /**
     * Whether word {@code k} is a noun, or an adjective before a noun or adjective: what an -ing adjective
     * before it would describe ("a challenging funding landscape", "challenging economic times"). An
     * adjective with no noun after it ("impacting adjacent to") is not enough: a rewrite can turn it into a
     * word the tagger reads otherwise ("next to"), and simplifying twice must agree. Callers ask once the
     * word after {@code k} is settled.
     */
    /**
     * Whether choosing a sense of the term at {@code from} may look two words past it: an -ing word
     * before an adjective ({@link #describesANoun}). Ask once the word after the term is settled; on a
     * partial the rewriter then waits for the next word too, and only then.
     */
    boolean looksTwoAhead(int from, int length) {
        int next = from + length;
        return tokens.get(from).key().endsWith("ing") && next < tokens.size() && tag(next).equals("ADJ");
    }

    private boolean describesANoun(int k) {
        String tag = tag(k);
        if (tag.equals("NOUN")) {
            return true;
        }
        if (!tag.equals("ADJ") || k + 1 >= tokens.size() || tokens.get(k).endsClause()) {
            return false;
        }
        String after = tag(k + 1);
        return after.equals("NOUN") || after.equals("PROPN") || after.equals("ADJ");
    }

    /**
     * Whether word {@code k} on its own is a glossary term with verb rows only ("accompany"): then it is no
     * noun the -ing word could describe, whatever the tagger says, and once it is rewritten ("go with") the
     * tagger would call it a verb, so the answer must not depend on that tag (simplifying twice agrees).
     */
    /** Whether the words just before {@code end} are a whole term known only as a verb ("adversely affect"). */
    private boolean endsAVerbTerm(int end) {
        if (lexicon == null) {
            return false;
        }
        for (int j = end - 1; j >= Math.max(0, end - 4); j--) {
            if (j < end - 1 && tokens.get(j).endsClause()) {
                return false;
            }
            PhraseTrie.Hit<Lexicon.Senses> hit = lexicon.longest(tokens.subList(j, end), 0);
            if (hit.length() == end - j && hit.value().all().stream().allMatch(x -> x.pos() == PartOfSpeech.VERB)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyAVerbTerm(int k) {
        if (lexicon == null) {
            return false;
        }
        PhraseTrie.Hit<Lexicon.Senses> hit = lexicon.longest(tokens.subList(k, k + 1), 0);
        if (hit.length() != 1) {
            return false;
        }
        for (Lexicon.Sense sense : hit.value().all()) {
            if (sense.pos() != PartOfSpeech.VERB) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(PartOfSpeech pos, String tag) {
        switch (pos) {
            case NOUN: return tag.equals("NOUN") || tag.equals("PROPN");
            case VERB: return tag.equals("VERB") || tag.equals("AUX");
            case ADJECTIVE: return tag.equals("ADJ");
            case ADVERB: return tag.equals("ADV");
            default: return true;
        }
    }

    /** Where the {@code {ing}} slot is among a term's words, or -1. */
    static int slotIndex(GlossaryEntry entry) {
        if (!entry.term().contains(PhraseTrie.ING)) {
            return -1;
        }
        String[] words = entry.term().split("[ -]+");
        for (int k = 0; k < words.length; k++) {
            if (words[k].equals(PhraseTrie.ING)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether an -ing word {@code k} can fill a slot as a verb; ask only once it is {@link #settled}. */
    boolean isVerb(int k) {
        String tag = tag(k);
        // On lowercase text the tagger often calls a gerund after "of" or "to" a noun ("of leveraging
        // funding"); an -ing word in a slot is a verb unless it is tagged as something else again.
        // A word the glossary knows only as a verb ("accompanying") is one whatever its tag ("of accompanying":
        // ADJ); once rewritten ("going with") the tagger calls it a VERB, so simplifying twice agrees.
        return tag.equals("VERB") || tag.equals("AUX") || tag.equals("NOUN") || tag.equals("PROPN")
                || onlyAVerbTerm(k);
    }

    /**
     * The end (exclusive) of the nouns right after a term ("person centred care plan"): {@code from}
     * when none follow, -1 when more words are needed to know.
     */
    int nounsEnd(int termStart, int from) {
        if (from == 0 || tokens.get(from - 1).endsClause()) {
            return from;
        }
        int k = from;
        // A word the glossary knows only as a verb is not moved as a noun ("quorate accompany": once moved and
        // rewritten it read "go with with enough members").
        while (k < tokens.size() && k - from < 3 && settledOrFinal(k) && isNoun(k) && !onlyAVerbTerm(k)
                && !NOT_NOUNS.contains(tokens.get(k).key())) { // "tomorrow", "today": tagged NOUN, never moved
            if (tokens.get(k).endsClause()) {
                return k + 1;
            }
            k++;
        }
        while (k > from && k < tokens.size() && isSpeltLetter(k - 1) && isSpeltLetter(k) && !tokens.get(k - 1).endsClause()) {
            k++; // an acronym said letter by letter moves whole ("empowered k p i", "bureaucratic e u programmes")
        }
        if (waitIfOpen(k)) {
            return -1;
        }
        if (k == from && from < tokens.size() && termStart > 0 && DETERMINERS.contains(tokens.get(termStart - 1).key())
                && !tokens.get(termStart - 1).endsClause() && !FUNCTION_TAGS.contains(tag(from))) {
            // "a means tested plan": after a determiner the next content word is the noun, whatever its tag.
            return from + 1;
        }
        return k;
    }

    /** The end (exclusive) of the noun phrase that is a verb's object ("co locate our services"); as {@link #nounsEnd}. */
    int objectEnd(int from) {
        if (from == 0 || tokens.get(from - 1).endsClause() || from >= tokens.size()) {
            return partial && from >= tokens.size() ? -1 : from;
        }
        int k = from;
        if (!settledOrFinal(k)) {
            return -1;
        }
        String first = tag(k);
        if (first.equals("DET") || POSSESSIVES.contains(tokens.get(k).key())) {
            if (tokens.get(k).endsClause()) {
                return from;
            }
            k++;
        }
        int adjectives = 0;
        while (k < tokens.size() && adjectives < 3 && settledOrFinal(k) && (tag(k).equals("ADJ") || tag(k).equals("NUM"))
                && !tokens.get(k).endsClause()) {
            k++;
            adjectives++;
        }
        int nounsFrom = k;
        while (k < tokens.size() && k - nounsFrom < 3 && settledOrFinal(k) && isNoun(k)) {
            if (tokens.get(k).endsClause()) {
                return k + 1;
            }
            k++;
        }
        if (waitIfOpen(k)) {
            return -1;
        }
        return k > nounsFrom ? k : from;
    }

    /** On a partial result, whether the phrase stopped at {@code k} only for want of words or settled tags. */
    private boolean waitIfOpen(int k) {
        return partial && (k >= tokens.size() || !settled(k));
    }

    private boolean settledOrFinal(int k) {
        return settled(k);
    }

    /**
     * Whether a noun follows at {@code k}, so a noun term before it is the first part of a compound ("person
     * centred care | plan"); null to wait. Words that are never nouns are answered without tagging.
     */
    Boolean nounFollows(int k) {
        if (k == 0 || k > tokens.size() || tokens.get(k - 1).endsClause()) {
            return false;
        }
        if (k == tokens.size()) {
            return partial ? null : false;
        }
        String key = tokens.get(k).key();
        if (PREPOSITIONS.contains(key) || NOT_NOUNS.contains(key) || !tokens.get(k).lead().isEmpty()) {
            return false;
        }
        if (!settled(k)) {
            return null;
        }
        if (key.endsWith("s") && !key.endsWith("ss")) {
            // "care plans" or "care matters": the tagger calls both nouns. A plural noun is taken when the
            // glossary knows it with the term's last word as a noun ("care plans"), or when a verb follows it
            // ("person centred care plans are"); else the term stays as it was.
            if (isNoun(k) && nounTermWithWordBefore(k)) {
                return true;
            }
            if (k + 1 >= tokens.size() || tokens.get(k).endsClause()) {
                return k + 1 >= tokens.size() && partial ? null : false;
            }
            if (!settled(k + 1)) {
                return null;
            }
            String after = tag(k + 1);
            return isNoun(k) && !onlyAVerbTerm(k) && (after.equals("AUX") || after.equals("VERB"));
        }
        // A word the glossary knows only as a verb is none ("k p i accompany": once "go with", no noun follows).
        return isNoun(k) && !onlyAVerbTerm(k);
    }

    /**
     * Whether the noun phrase starting at {@code k} ("homes and jobs", "natural alignment") is plural: its
     * head is the last word before a preposition, relative or clause end. Null to wait on a partial result.
     */
    Boolean pluralFrom(int k) {
        int head = -1;
        for (int w = k; w < tokens.size() && w - k < 4; w++) {
            Token t = tokens.get(w);
            if (!t.lead().isEmpty() || PREPOSITIONS.contains(t.key()) || NOT_NOUNS.contains(t.key())) {
                return head >= 0 && Morphology.looksPlural(tokens.get(head).key());
            }
            head = w;
            if (t.endsClause()) {
                return Morphology.looksPlural(t.key());
            }
        }
        if (partial && tokens.size() - k < 4) {
            return null;
        }
        return head >= 0 && Morphology.looksPlural(tokens.get(head).key());
    }

    /**
     * Whether "not enough" can stand before word {@code k}: not before a determiner or pronoun ("a lack of
     * the right homes", "a lack of it"), nor at the end.
     */
    boolean takesEnough(int k) {
        return k < tokens.size() && !tokens.get(k - 1).endsClause() && tokens.get(k).lead().isEmpty()
                && !NOT_AFTER_ENOUGH.contains(tokens.get(k).key());
    }

    /** Whether word {@code k} and the word before it are a noun term of the glossary ("care" + "plans"). */
    private boolean nounTermWithWordBefore(int k) {
        if (lexicon == null) {
            return false;
        }
        PhraseTrie.Hit<Lexicon.Senses> two = lexicon.longest(tokens.subList(0, k + 1), k - 1);
        return two.length() == 2 && two.value().all().stream().anyMatch(s -> s.pos() == PartOfSpeech.NOUN);
    }

    /**
     * Whether a word an adjective term would describe (noun, adjective, number) comes at {@code k}; null
     * to wait. Words that never start a noun phrase are answered without tagging.
     */
    Boolean describedNext(int k) {
        if (k == 0 || k > tokens.size() || tokens.get(k - 1).endsClause()) {
            return false;
        }
        if (k == tokens.size()) {
            return partial ? null : false;
        }
        Token t = tokens.get(k);
        if (PREPOSITIONS.contains(t.key()) || NOT_NOUNS.contains(t.key()) || !t.lead().isEmpty()) {
            return false;
        }
        return settled(k) ? modifiesNext(k) : null;
    }

    /**
     * Whether an adjective term of {@code length} words at {@code i} is said as a noun and then a verb: after a
     * determiner, its first word a noun, its last a participle, and nothing after it to describe ("each place
     * based where possible", "the evidence based on"), nor an "and" joining another adjective ("a fast paced
     * and digital world"). Null to wait.
     */
    Boolean nounThenParticiple(int i, int length) {
        int next = i + length;
        if (i == 0 || tokens.get(i - 1).endsClause() || !DETERMINERS.contains(tokens.get(i - 1).key())
                || !tokens.get(next - 1).key().endsWith("ed")) {
            return false;
        }
        if (next < tokens.size() && !tokens.get(next - 1).endsClause()
                && (tokens.get(next).key().equals("and") || tokens.get(next).key().equals("or"))) {
            return false;
        }
        Boolean describes = describedNext(next);
        if (describes == null || !describes && !settled(i)) {
            return null;
        }
        return !describes && isNoun(i);
    }

    private boolean isSpeltLetter(int k) {
        String key = tokens.get(k).key();
        return key.length() == 1 && Character.isLetter(key.charAt(0)) && !key.equals("a") && tokens.get(k).lead().isEmpty();
    }

    private boolean isNoun(int k) {
        String tag = tag(k);
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    /**
     * Whether a determiner, possessive, number or adjective comes just before word {@code i}, so plain
     * words that start with "the" drop it ("our footfall" → "our number of visitors"); null to wait.
     */
    Boolean hasDeterminer(int i) {
        if (i == 0 || tokens.get(i - 1).endsClause()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (DETERMINERS.contains(before.key()) || before.isDigits()) {
            return true;
        }
        if (PREPOSITIONS.contains(before.key())) {
            return false;
        }
        if (!settled(i - 1)) {
            return null;
        }
        String tag = tag(i - 1);
        return tag.equals("ADJ") || tag.equals("NUM") || tag.equals("DET");
    }

    /** Whether the noun phrase starting at {@code i} is a subject: not after a preposition ("the support of ..."). */
    boolean isSubject(int i) {
        int k = i - 1;
        while (k >= 0 && !tokens.get(k).endsClause() && DETERMINERS.contains(tokens.get(k).key())) {
            k--;
        }
        return k < 0 || tokens.get(k).endsClause() || !PREPOSITIONS.contains(tokens.get(k).key());
    }

    /** The word after a subject ending before {@code end} that may be its verb (past adverbs), or -1. */
    int verbAfter(int end) {
        int k = end;
        if (k > 0 && tokens.get(k - 1).endsClause()) {
            return -1;
        }
        while (k < tokens.size() && (ADVERBS.contains(tokens.get(k).key())
                || tokens.get(k).key().length() > 4 && tokens.get(k).key().endsWith("ly"))) {
            if (tokens.get(k).endsClause()) {
                return -1;
            }
            k++;
        }
        return k < tokens.size() ? k : -1;
    }

    /**
     * The form of the verb at {@code k} that agrees with a subject made plural ({@code direction} +1) or
     * singular (-1); null when it is no verb to change, {@link #WAIT} when its tag is not settled yet.
     */
    String agree(int k, int direction) {
        Token t = tokens.get(k);
        return agree(k, t.key(), t.word(), direction);
    }

    /** As {@link #agree(int, int)} for the word {@code shown} that stands for word {@code k} (its plain verb). */
    String agree(int k, String key, String shown, int direction) {
        String agreed = direction > 0 ? toPlural(key) : toSingular(key);
        if (agreed != null) {
            return Capitals.matchCase(shown, agreed);
        }
        boolean regular = direction > 0 ? key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")
                : key.length() > 2 && !key.endsWith("s") && !key.endsWith("ed") && !key.endsWith("ing")
                        && !Morphology.isIrregularPast(key);
        if (!regular) {
            return null;
        }
        if (!settled(k)) {
            return WAIT;
        }
        if (!tag(k).equals("VERB")) {
            return null;
        }
        String verb = direction > 0 ? Morphology.baseOfThird(key) : Morphology.third(key);
        return Capitals.matchCase(shown, verb);
    }

    private static String toPlural(String verb) {
        switch (verb) {
            case "is": return "are";
            case "was": return "were";
            case "has": return "have";
            case "does": return "do";
            case "isn't": return "aren't";
            case "wasn't": return "weren't";
            case "hasn't": return "haven't";
            case "doesn't": return "don't";
            default: return null;
        }
    }

    private static String toSingular(String verb) {
        switch (verb) {
            case "are": return "is";
            case "were": return "was";
            case "have": return "has";
            case "do": return "does";
            case "aren't": return "isn't";
            case "weren't": return "wasn't";
            case "haven't": return "hasn't";
            case "don't": return "doesn't";
            default: return null;
        }
    }
}

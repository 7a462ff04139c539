package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The plain text of one rewrite as it is built, word by word, with an exact record of every change:
 * each {@link Change} covers the characters it put into the text. Also keeps sentence case, fixes
 * "a"/"an" before a swapped word, and drops a swapped word that would repeat the one before it.
 */
final class PlainText {
    private final StringBuilder out;
    private final List<Change> changes = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();
    private boolean sentenceStart = true;
    private String lastWord = "";
    private boolean lastEndsClause;
    private boolean lastWasRaw;
    private int articleStart = -1;
    private String articleWord;
    private String articleSaid;
    private boolean articleAtSentenceStart;

    PlainText(int capacity) {
        out = new StringBuilder(capacity + 16);
    }

    /** The last word shown, lowercase, or "" after punctuation: what a stutter would repeat. */
    String lastWord() {
        return lastEndsClause ? "" : lastWord;
    }

    /** Shows a word as said, or re-spelt; {@code source} names the rule when {@code shown} differs from it. */
    void word(Token t, String shown, String source) {
        boolean atSentenceStart = sentenceStart;
        separator(t.hyphenBefore() && lastWasRaw);
        out.append(t.lead());
        int start = out.length();
        String text = sentenceStart ? Capitals.capitalise(shown) : shown;
        out.append(text);
        if (source != null && !text.equalsIgnoreCase(t.word())) {
            changes.add(new Change(t.word(), text, start, out.length(), source));
        }
        boolean article = t.trail().isEmpty() && (t.lower().equals("a") || t.lower().equals("an"));
        articleStart = article ? start : -1;
        articleWord = article ? text : null;
        articleSaid = article ? t.word() : null;
        articleAtSentenceStart = atSentenceStart;
        finishWord(t.lower(), t.trail(), true);
    }

    /** Shows {@code replacement} instead of the words {@code span}, keeping the punctuation around them. */
    void replace(List<Token> span, String replacement, String source) {
        Token first = span.get(0);
        Token last = span.get(span.size() - 1);
        String shown = Capitals.matchCase(first.word(), replacement);
        int space = shown.indexOf(' ');
        String firstShown = space < 0 ? shown : shown.substring(0, space);
        if (!lastWord().isEmpty() && firstShown.toLowerCase(Locale.ROOT).equals(lastWord) && first.lead().isEmpty()) {
            // "use leverage" would read "use use": keep one, as a stutter would be.
            shown = space < 0 ? "" : shown.substring(space + 1);
        }
        String original = said(span);
        if (shown.isEmpty()) {
            changes.add(new Change(original, "", out.length(), out.length(), source));
            keepTrail(last.trail());
            return;
        }
        fixArticle(shown);
        separator(false);
        out.append(first.lead());
        int start = out.length();
        String text = sentenceStart ? Capitals.capitalise(shown) : shown;
        out.append(text);
        changes.add(new Change(original, text, start, out.length(), source));
        articleStart = -1;
        int lastSpace = text.lastIndexOf(' ');
        finishWord(text.substring(lastSpace + 1).toLowerCase(Locale.ROOT), last.trail(), false);
    }

    /** Shows a term as said followed by its plain words in brackets; the brackets are the change. */
    /** Shows the term {@code span} as said, each word as {@code shown} spells it, and its explanation after it. */
    void explain(List<Token> span, UnaryOperator<String> shown, String plain, String source) {
        Token last = span.get(span.size() - 1);
        for (int k = 0; k < span.size(); k++) {
            Token t = span.get(k);
            word(k == span.size() - 1 ? withoutTrail(t) : t, shown.apply(t.word()), null);
        }
        out.append(' ');
        int start = out.length();
        out.append('(').append(plain).append(')');
        changes.add(new Change("", out.substring(start), start, out.length(), source));
        articleStart = -1;
        int lastSpace = plain.lastIndexOf(' ');
        finishWord(plain.substring(lastSpace + 1).toLowerCase(Locale.ROOT) + ")", last.trail(), false);
    }

    /** Records that the words shown since the text had length {@code from} are a flagged term. */
    void flag(int from, GlossaryEntry entry) {
        int start = from;
        while (start < out.length() && !Character.isLetterOrDigit(out.charAt(start))) {
            start++;
        }
        String note = entry.note().isEmpty() ? entry.plain() : entry.note();
        flags.add(new Flag(entry.term(), start, endOfWords(), note, "glossary:" + entry.term() + " (" + entry.origin() + ")"));
    }

    /**
     * Takes back an "a" or "an" shown last, when the words after it are being held back: it may have to
     * become the other article once they arrive. Returns whether there was one.
     */
    boolean takeBackArticle() {
        if (articleStart < 0) {
            return false;
        }
        int end = articleStart;
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        articleStart = -1;
        sentenceStart = articleAtSentenceStart;
        lastWord = "";
        return true;
    }

    int length() {
        return out.length();
    }

    /** Drops a word (a filler or a stutter), keeping any punctuation that followed it. */
    void remove(Token t, String source) {
        changes.add(new Change(t.word(), "", out.length(), out.length(), source));
        keepTrail(t.trail());
    }

    /** Ends a final result as a sentence: a full stop unless it already ends with one. */
    void finishSentence() {
        int end = out.length();
        while (end > 0 && ",;:".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && ".?!".indexOf(out.charAt(end - 1)) < 0
                && !(end > 1 && ".?!".indexOf(out.charAt(end - 2)) >= 0 && ")\"'".indexOf(out.charAt(end - 1)) >= 0)) {
            out.setLength(end);
            out.append('.');
        }
    }

    String text() {
        return out.toString();
    }

    List<Change> changes() {
        return changes;
    }

    List<Flag> flags() {
        return flags;
    }

    private int endOfWords() {
        int end = out.length();
        while (end > 0 && !Character.isLetterOrDigit(out.charAt(end - 1)) && out.charAt(end - 1) != ')') {
            end--;
        }
        return end;
    }

    private void fixArticle(String next) {
        if (articleStart < 0) {
            return;
        }
        String wanted = Articles.takesAn(next) ? "an" : "a";
        if (!wanted.equalsIgnoreCase(articleWord)) {
            String shown = Capitals.matchCase(articleWord, wanted);
            out.setLength(articleStart);
            out.append(shown);
            // Fillers dropped after the article ("a um additional") were recorded after it: they move past it,
            // so the changes stay in order.
            int at = changes.size();
            while (at > 0 && changes.get(at - 1).plainStart() >= articleStart
                    && changes.get(at - 1).plainStart() == changes.get(at - 1).plainEnd()) {
                at--;
            }
            List<Change> dropped = new ArrayList<>(changes.subList(at, changes.size()));
            changes.subList(at, changes.size()).clear();
            changes.add(new Change(articleSaid, shown, articleStart, out.length(), "article"));
            for (Change c : dropped) {
                changes.add(new Change(c.original(), c.replacement(), out.length(), out.length(), c.source()));
            }
        }
        articleStart = -1;
    }

    private void separator(boolean hyphen) {
        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(hyphen ? '-' : ' ');
        }
    }

    private void keepTrail(String trail) {
        if (!trail.isEmpty() && out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
            out.append(trail);
            lastEndsClause = true;
            sentenceStart = endsSentence(trail);
        }
    }

    private void finishWord(String word, String trail, boolean raw) {
        out.append(trail);
        lastWord = word;
        lastEndsClause = !trail.isEmpty();
        lastWasRaw = raw;
        sentenceStart = endsSentence(trail);
    }

    private static boolean endsSentence(String trail) {
        for (int i = 0; i < trail.length(); i++) {
            if (".?!".indexOf(trail.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Token withoutTrail(Token t) {
        return new Token(t.lead(), t.word(), "", t.lower(), t.key(), t.hyphenBefore(), t.rawWord());
    }

    private static String said(List<Token> span) {
        StringBuilder s = new StringBuilder();
        for (Token t : span) {
            if (s.length() > 0) {
                s.append(t.hyphenBefore() ? '-' : ' ');
            }
            s.append(t.word());
        }
        return s.toString();
    }
}

package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words, keeping punctuation beside the words it belongs to. */
final class Tokenizer {
    private Tokenizer() {
    }

    /** The tokens of {@code text}; words joined by hyphens become separate tokens marked as joined. */
    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        int n = text.length();
        int i = 0;
        int rawWord = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                addChunk(text, start, i, rawWord++, tokens);
            }
        }
        return tokens;
    }

    /** How many space-separated words {@code text} has. */
    static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    private static void addChunk(String text, int start, int end, int rawWord, List<Token> tokens) {
        int coreStart = start;
        while (coreStart < end && !startsWord(text.charAt(coreStart))) {
            coreStart++;
        }
        int coreEnd = end;
        while (coreEnd > coreStart && !endsWord(text.charAt(coreEnd - 1))) {
            coreEnd--;
        }
        if (coreStart >= coreEnd) {
            tokens.add(Token.of("", text.substring(start, end), "", false, rawWord));
            return;
        }
        String lead = text.substring(start, coreStart);
        String trail = text.substring(coreEnd, end);
        int partStart = coreStart;
        boolean first = true;
        for (int j = coreStart + 1; j < coreEnd - 1; j++) {
            // A hyphen between two letters joins two words: split so each can be matched.
            if (text.charAt(j) == '-' && Character.isLetter(text.charAt(j - 1)) && Character.isLetter(text.charAt(j + 1))) {
                tokens.add(Token.of(first ? lead : "", text.substring(partStart, j), "", !first, rawWord));
                first = false;
                partStart = j + 1;
            }
        }
        tokens.add(Token.of(first ? lead : "", text.substring(partStart, coreEnd), trail, !first, rawWord));
    }

    private static boolean startsWord(char c) {
        return Character.isLetterOrDigit(c) || c == '£' || c == '$' || c == '€';
    }

    private static boolean endsWord(char c) {
        return Character.isLetterOrDigit(c) || c == '%';
    }
}

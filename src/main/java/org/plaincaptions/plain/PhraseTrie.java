package org.plaincaptions.plain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of word keys, for longest-match lookup in one pass over the words. Built once, then only
 * read, so it is safe to share between threads.
 */
final class PhraseTrie<V> {
    /** What {@link #longest} found: the length matched (0 for none), its value, and whether a longer phrase
     * might still match if more words arrived after the end of the input. */
    record Hit<V>(int length, V value, boolean mayGrow) {
    }

    private static final class Node<V> {
        private Map<String, Node<V>> next;
        private V value;
    }

    private final Node<V> root = new Node<>();
    private int longestPhrase;

    void put(List<String> keys, V value) {
        Node<V> node = root;
        for (String key : keys) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(key, k -> new Node<>());
        }
        node.value = value;
        longestPhrase = Math.max(longestPhrase, keys.size());
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** The longest phrase starting at {@code tokens[from]}; stops at a token that ends a clause. */
    Hit<V> longest(List<Token> tokens, int from) {
        Node<V> node = root;
        int matched = 0;
        V value = null;
        int i = from;
        while (i < tokens.size() && node.next != null) {
            node = node.next.get(tokens.get(i).key());
            if (node == null) {
                return new Hit<>(matched, value, false);
            }
            i++;
            if (node.value != null) {
                matched = i - from;
                value = node.value;
            }
            if (tokens.get(i - 1).endsClause()) {
                return new Hit<>(matched, value, false);
            }
        }
        boolean mayGrow = i == tokens.size() && node.next != null;
        return new Hit<>(matched, value, mayGrow);
    }
}

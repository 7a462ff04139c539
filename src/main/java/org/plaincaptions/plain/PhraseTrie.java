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

    /** The key of a slot that matches one word in -ing form ("in the process of {ing}"). */
    static final String ING = "{ing}";
    private static final java.util.Set<String> NOT_ING = java.util.Set.of("thing", "things", "nothing", "something",
            "anything", "everything", "during", "morning", "evening", "bring", "spring", "string", "ceiling", "king");

    private static final class Node<V> {
        private Map<String, Node<V>> next;
        private Node<V> ing;
        private V value;
    }

    private final Node<V> root = new Node<>();
    private int longestPhrase;
    private boolean hasSlots;

    void put(List<String> keys, V value) {
        Node<V> node = root;
        for (String key : keys) {
            if (key.equals(ING)) {
                node.ing = node.ing == null ? new Node<>() : node.ing;
                node = node.ing;
                hasSlots = true;
                continue;
            }
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
        if (hasSlots) {
            Object[] best = new Object[3];
            best[0] = 0;
            best[2] = Boolean.FALSE;
            walk(root, tokens, from, from, best);
            @SuppressWarnings("unchecked")
            V value = (V) best[1];
            return new Hit<>((Integer) best[0], value, (Boolean) best[2]);
        }
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

    /** Whether a word can fill an {@code {ing}} slot. */
    static boolean isIng(Token t) {
        String k = t.key();
        return k.length() >= 5 && k.endsWith("ing") && !NOT_ING.contains(k);
    }

    /** Longest match with slots: tries the word itself and the slot at every step. best = {length, value, mayGrow}. */
    private void walk(Node<V> node, List<Token> tokens, int from, int i, Object[] best) {
        if (i == tokens.size()) {
            if (node.next != null || node.ing != null) {
                best[2] = Boolean.TRUE;
            }
            return;
        }
        Token t = tokens.get(i);
        Node<V> exact = node.next == null ? null : node.next.get(t.key());
        Node<V> slot = node.ing != null && isIng(t) ? node.ing : null;
        for (Node<V> child : exact == slot ? java.util.Collections.<Node<V>>singletonList(exact)
                : java.util.Arrays.asList(exact, slot)) {
            if (child == null) {
                continue;
            }
            if (child.value != null && i + 1 - from > (Integer) best[0]) {
                best[0] = i + 1 - from;
                best[1] = child.value;
            }
            if (!t.endsClause()) {
                walk(child, tokens, from, i + 1, best);
            }
        }
    }
}

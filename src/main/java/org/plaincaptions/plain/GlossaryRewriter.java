package org.plaincaptions.plain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First plain-language stage: whole-word, longest-match replacement of glossary terms. Later
 * glossaries override earlier ones. Terms are matched on the lowercase words the recogniser writes.
 */
public final class GlossaryRewriter implements PlainRewriter {
    private final Map<String, GlossaryEntry> byTerm = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final int longestTerm;

    public GlossaryRewriter(List<Glossary> glossaries) {
        int longest = 0;
        for (Glossary glossary : glossaries) {
            for (GlossaryEntry entry : glossary.entries()) {
                String key = String.join(" ", words(entry.term()));
                byTerm.put(key, entry);
                String[] termWords = words(key);
                longest = Math.max(longest, termWords.length);
                for (int n = 1; n < termWords.length; n++) {
                    prefixes.add(join(termWords, 0, n));
                }
            }
        }
        this.longestTerm = longest;
    }

    @Override
    public Rewrite rewriteFinal(String raw) {
        return rewrite(raw, false);
    }

    @Override
    public Rewrite rewritePartial(String raw) {
        return rewrite(raw, true);
    }

    private Rewrite rewrite(String raw, boolean partial) {
        String[] words = words(raw);
        StringBuilder out = new StringBuilder(raw.length() + 16);
        List<Change> changes = new ArrayList<>();
        int held = 0;
        int i = 0;
        while (i < words.length) {
            int match = 0;
            GlossaryEntry entry = null;
            for (int n = Math.min(longestTerm, words.length - i); n >= 1; n--) {
                GlossaryEntry candidate = byTerm.get(join(words, i, n));
                if (candidate != null) {
                    match = n;
                    entry = candidate;
                    break;
                }
            }
            if (partial && mayGrow(words, i)) {
                held = words.length - i;
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            if (entry == null) {
                out.append(words[i]);
                i++;
            } else {
                int start = out.length();
                out.append(entry.plain());
                changes.add(new Change(join(words, i, match), entry.plain(), start, out.length(),
                        "glossary:" + entry.term()));
                i += match;
            }
        }
        return new Rewrite(raw, out.toString(), changes, held);
    }

    /** Whether the words from {@code i} to the end begin a longer term, so may still change. */
    private boolean mayGrow(String[] words, int i) {
        int rest = words.length - i;
        return rest < longestTerm && prefixes.contains(join(words, i, rest));
    }

    private static String join(String[] words, int from, int n) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n));
    }

    private static String[] words(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}

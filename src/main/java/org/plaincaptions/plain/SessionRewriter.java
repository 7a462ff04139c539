package org.plaincaptions.plain;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Explains each {@code explain} term once per session: after a final result has explained a term,
 * later results show the term alone. Wraps a pure rewriter and keeps only that memory; partial
 * results read it but never add to it, so a partial and its final agree.
 */
public final class SessionRewriter implements PlainRewriter {
    private final PlainRewriter engine;
    private final Set<String> explained = ConcurrentHashMap.newKeySet();

    public SessionRewriter(PlainRewriter engine) {
        this.engine = engine;
    }

    @Override
    public Rewrite rewriteFinal(String raw) {
        Rewrite rewrite = engine.rewriteFinal(raw, Set.copyOf(explained));
        for (Change change : rewrite.changes()) {
            if (change.original().isEmpty() && change.fromGlossary()) {
                explained.add(change.source().substring("glossary:".length()));
            }
        }
        return rewrite;
    }

    @Override
    public Rewrite rewritePartial(String raw) {
        return engine.rewritePartial(raw, Set.copyOf(explained));
    }

    @Override
    public boolean covers(String word) {
        return engine.covers(word);
    }

    /** Forgets which terms were explained, e.g. when a new meeting starts. */
    public void newSession() {
        explained.clear();
    }
}

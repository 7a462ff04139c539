package org.plaincaptions.plain;

import java.util.List;
import java.util.Locale;

/** Engines built once for the tests: the default glossary, in British and American English. */
final class Engines {
    static final PlainLanguageRewriter BRITISH = new PlainLanguageRewriter(List.of(Glossary.builtIn()), Locale.UK);
    static final PlainLanguageRewriter AMERICAN = new PlainLanguageRewriter(List.of(Glossary.builtIn()), Locale.US);

    private Engines() {
    }

    static String simplify(String raw) {
        return BRITISH.rewriteFinal(raw).plain();
    }
}

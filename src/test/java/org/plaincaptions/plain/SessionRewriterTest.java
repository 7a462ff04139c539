package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Explanations in brackets appear on a term's first use in a session, not every time. */
class SessionRewriterTest {

    @Test
    void explainsATermOnlyOnItsFirstUseInASession() {
        SessionRewriter session = new SessionRewriter(Engines.BRITISH);

        String partialBefore = session.rewritePartial("safeguarding matters to us").plain();
        String first = session.rewriteFinal("safeguarding matters").plain();
        String second = session.rewriteFinal("safeguarding again").plain();

        assertThat(partialBefore).isEqualTo("Safeguarding (keeping people safe from harm) matters to us");
        assertThat(first).isEqualTo("Safeguarding (keeping people safe from harm) matters.");
        assertThat(second).isEqualTo("Safeguarding again.");
    }

    @Test
    void explainsAgainAfterANewSessionStarts() {
        SessionRewriter session = new SessionRewriter(Engines.BRITISH);
        session.rewriteFinal("safeguarding matters");

        session.newSession();

        assertThat(session.rewriteFinal("safeguarding again").plain())
                .isEqualTo("Safeguarding (keeping people safe from harm) again.");
    }
}

package org.plaincaptions.session;

import java.time.Duration;
import java.time.Instant;
import org.plaincaptions.captions.Caption;

/**
 * Decides when the open utterance's partial is saved as a draft: only when what is shown changed, and
 * at most once every {@code every}; a change that comes sooner waits, and is handed over by the next
 * offer or by the writer's once-a-second tick, whichever is first past the interval. The final of the
 * utterance makes any waiting draft pointless. The recognition thread offers, the session writer's
 * thread asks what is due: both go through this object's lock, held for a comparison or two.
 */
final class DraftThrottle {
    private final Duration every;
    private Caption waiting;
    private long savedSequence = -1;
    private String savedRaw = "";
    private String savedPlain = "";
    private Instant savedAt;

    DraftThrottle(Duration every) {
        this.every = every;
    }

    /** A new partial is shown; returns it when it should be saved now, else null (unchanged, or too soon). */
    synchronized Caption offer(Caption partial, Instant now) {
        if (partial.isFinal() || partial.isEmpty() || sameAsSaved(partial)) {
            waiting = null;
            return null;
        }
        waiting = partial;
        return due(now);
    }

    /** The waiting draft if its time has come (it is then counted as saved), else null. */
    synchronized Caption due(Instant now) {
        if (waiting == null || savedAt != null && now.isBefore(savedAt.plus(every))) {
            return null;
        }
        Caption draft = waiting;
        waiting = null;
        savedSequence = draft.sequence();
        savedRaw = draft.raw();
        savedPlain = draft.plain();
        savedAt = now;
        return draft;
    }

    /** The utterance ended (its final, even an empty one, follows): nothing waiting is worth saving. */
    synchronized void utteranceEnded() {
        waiting = null;
        savedSequence = -1;
        savedRaw = "";
        savedPlain = "";
    }

    private boolean sameAsSaved(Caption partial) {
        return partial.sequence() == savedSequence && partial.raw().equals(savedRaw)
                && partial.plain().equals(savedPlain);
    }
}

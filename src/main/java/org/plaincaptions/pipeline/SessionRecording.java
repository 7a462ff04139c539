package org.plaincaptions.pipeline;

import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.session.SessionTrouble;
import org.plaincaptions.session.SessionWriter;

/**
 * Writes a run's final captions and gaps into its session as they happen, and the open utterance's
 * partial as a draft (at most once a second), and ends the session when
 * the run ends. Trouble saving it reaches the other receivers as notices.
 */
public final class SessionRecording implements PipelineEvents {
    private final SessionWriter writer;

    public SessionRecording(SessionWriter writer) {
        this.writer = writer;
    }

    /** Passes a session's saving trouble to {@code events} as notices. */
    public static SessionTrouble noticesTo(PipelineEvents events) {
        return new SessionTrouble() {
            @Override
            public void notSaved(String message) {
                events.onNotice(new PipelineNotice(PipelineNotice.Kind.SESSION_NOT_SAVED, message));
            }

            @Override
            public void savedAgain() {
                events.onNotice(new PipelineNotice(PipelineNotice.Kind.SESSION_SAVED_AGAIN,
                        "The session is being saved again; nothing was lost."));
            }
        };
    }

    public String sessionId() {
        return writer.id();
    }

    @Override
    public void onCaption(Caption caption) {
        if (caption.isFinal()) {
            writer.said(caption);
        } else {
            writer.draft(caption);
        }
    }

    @Override
    public void onGap(CaptionGap gap) {
        writer.gap(gap);
    }

    @Override
    public void onEnded(PipelineStats stats) {
        writer.close();
    }
}

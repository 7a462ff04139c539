package org.plaincaptions.ui.control;

import java.nio.file.Path;

/** What the control room asks the app to do. Called on the FX thread; must not block. */
public interface ControlRoomActions {
    void start(SourceChoice source);

    void stop();

    /** Stops or resumes listening without ending the session: nothing said meanwhile is captioned. */
    void pause(boolean paused);

    /** The facilitator picked another speech model folder. */
    void useModel(Path folder);

    /**
     * The facilitator gave plain words for a term heard in the meeting: they go into the meeting's
     * glossary, and the captions use them within a second. {@code done} is called on the FX thread with
     * empty on success or a sentence saying what went wrong.
     */
    void addPlainWords(String term, String plain, java.util.function.Consumer<java.util.Optional<String>> done);

    /**
     * Up to three plain alternatives for a word on the jargon list. The future completes off the FX
     * thread (the list moves the result onto it); empty when there are none or suggestions are off.
     */
    default java.util.concurrent.CompletableFuture<java.util.List<org.plaincaptions.suggest.Suggestion>>
            suggestPlainWords(String word) {
        return java.util.concurrent.CompletableFuture.completedFuture(java.util.List.of());
    }

    /** Opens the table editor of the meeting's glossary. */
    void editGlossary();

    /** Opens the list of past sessions, to export or delete them. */
    void openSessions();

    /** Shows the caption screen again after its window was closed. */
    default void showCaptionScreen() {
    }
}

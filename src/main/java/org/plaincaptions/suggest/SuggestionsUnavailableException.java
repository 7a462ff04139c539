package org.plaincaptions.suggest;

/** WordNet could not be loaded: the app goes on without suggestions. */
public final class SuggestionsUnavailableException extends Exception {
    public SuggestionsUnavailableException(String message) {
        super(message);
    }

    public SuggestionsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.plaincaptions.speech;

/** The speech model is missing or unusable. The message is one line naming the folder and the fix. */
public class SpeechModelException extends Exception {
    public SpeechModelException(String message) {
        super(message);
    }
}

package org.plaincaptions.speech;

/**
 * One recognised word with its place in the audio.
 *
 * @param start      seconds since the audio source opened
 * @param end        seconds since the audio source opened
 * @param confidence 0..1; partial results carry 1.0 because Vosk gives none for them
 */
public record Word(String text, double start, double end, double confidence) {
}

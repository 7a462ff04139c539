package org.plaincaptions.speech;

/**
 * One recognised word with its place in the audio.
 *
 * @param start      seconds since the audio source opened (NaN in partial results: Vosk gives no
 *                   timings there without slowing partials down)
 * @param end        seconds since the audio source opened (NaN in partial results)
 * @param confidence 0..1 (NaN in partial results)
 */
public record Word(String text, double start, double end, double confidence) {
}

/**
 * Where speech comes from. Every {@link org.plaincaptions.audio.AudioSource} hands out
 * {@link org.plaincaptions.audio.Pcm#FORMAT} (16 kHz mono 16-bit) in numbered, levelled chunks:
 * {@link org.plaincaptions.audio.MicrophoneSource} (a live input through Java Sound),
 * {@link org.plaincaptions.audio.FileSource} (WAV, AIFF or AU, as fast as possible or paced in real time)
 * and {@link org.plaincaptions.audio.ByteArraySource} (audio in memory, for tests).
 * {@link org.plaincaptions.audio.AudioDevices} lists the inputs.
 *
 * <p>Threading: one audio thread opens a source and reads it; any thread may close it, which ends a
 * waiting read at once. Conversion to speech format is ours, not Java Sound's: see
 * {@code docs/decisions/0020-audio-formats-and-conversion.md}.
 */
package org.plaincaptions.audio;

package org.plaincaptions.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Opens an audio file with Java Sound as integer or float PCM, or says in one line what is wrong
 * with it. A-law and mu-law go through Java Sound's own decoders, which are exact.
 */
final class AudioFileOpener {
    private static final int SNIFF_BYTES = 4096;
    /** WAV, AIFF and AU count bytes in 32 bits: a bigger file's header cannot be right. */
    static final long MAX_FILE_BYTES = 0xFFFF_FFFFL + 8;
    /** Longer than any meeting; a header promising more is damaged, or the recording should be split. */
    static final double MAX_SECONDS = 24 * 3600;
    private static final String HOW_TO_SPLIT = "split it into parts, e.g. sox IN.wav OUT.wav trim 0 3:00:00 : newfile : restart";

    private AudioFileOpener() {
    }

    static String problem(Path file, String reason) {
        return "Cannot read audio file " + file + ": " + reason;
    }

    static AudioInputStream open(Path file) throws AudioSourceException {
        long size = checkFile(file);
        AudioFileFormat fileFormat;
        AudioInputStream stream;
        try {
            fileFormat = AudioSystem.getAudioFileFormat(file.toFile());
            stream = AudioSystem.getAudioInputStream(file.toFile());
        } catch (UnsupportedAudioFileException e) {
            throw new AudioSourceException(problem(file, AudioFileSniffer.whyRefused(head(file))), e);
        } catch (IOException e) {
            throw new AudioSourceException(problem(file, describe(e)), e);
        } catch (RuntimeException e) { // Java Sound's readers trip over some malformed headers
            throw new AudioSourceException(problem(file, "its header is damaged (" + e + ")"), e);
        }
        try {
            checkLength(file, fileFormat, size);
            return asPcm(file, stream);
        } catch (AudioSourceException e) {
            closeQuietly(stream);
            throw e;
        }
    }

    /** The file's size in bytes, once it is known to be a readable, non-empty file. */
    private static long checkFile(Path file) throws AudioSourceException {
        if (Files.isDirectory(file)) {
            throw new AudioSourceException(problem(file, "it is a folder, not a file"));
        }
        if (!Files.exists(file)) {
            throw new AudioSourceException(problem(file, "file not found"));
        }
        if (!Files.isReadable(file)) {
            throw new AudioSourceException(problem(file, "permission denied"));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new AudioSourceException(problem(file, "the file is empty (0 bytes)"));
            }
            if (size > MAX_FILE_BYTES) {
                throw new AudioSourceException(problem(file, String.format(Locale.ROOT,
                        "the file is too large (%.1f GB; WAV, AIFF and AU files end at 4 GB); %s", size / 1e9,
                        HOW_TO_SPLIT)));
            }
            return size;
        } catch (IOException e) {
            throw new AudioSourceException(problem(file, describe(e)), e);
        }
    }

    private static void checkLength(Path file, AudioFileFormat fileFormat, long fileBytes) throws AudioSourceException {
        long frames = fileFormat.getFrameLength();
        AudioFormat format = fileFormat.getFormat();
        if (frames == 0) {
            throw new AudioSourceException(problem(file, "the file holds no audio (0 samples)"));
        }
        if (frames != AudioSystem.NOT_SPECIFIED && format.getFrameRate() > 0 && frames / format.getFrameRate() > MAX_SECONDS) {
            throw new AudioSourceException(problem(file, String.format(Locale.ROOT,
                    "the recording is too long (its header says %.1f hours; up to %.0f hours at a time); %s",
                    frames / format.getFrameRate() / 3600, MAX_SECONDS / 3600, HOW_TO_SPLIT)));
        }
        if (frames != AudioSystem.NOT_SPECIFIED && format.getFrameSize() > 0
                && frames * format.getFrameSize() > fileBytes) {
            double promised = frames / format.getFrameRate();
            double held = fileBytes / (double) format.getFrameSize() / format.getFrameRate();
            throw new AudioSourceException(problem(file, truncated(promised, held)));
        }
    }

    static String truncated(double promisedSeconds, double heldSeconds) {
        String pattern = "%.1f";
        if (String.format(Locale.ROOT, pattern, promisedSeconds).equals(String.format(Locale.ROOT, pattern, heldSeconds))) {
            pattern = "%.3f"; // cut by a few samples: show the difference
        }
        return String.format(Locale.ROOT, "the file is truncated (its header promises " + pattern
                + " s of audio, the file holds " + pattern + " s)", promisedSeconds, heldSeconds);
    }

    /** The stream as PCM this package decodes, asking Java Sound's codecs for anything else. */
    private static AudioInputStream asPcm(Path file, AudioInputStream stream) throws AudioSourceException {
        AudioFormat format = stream.getFormat();
        if (format.getSampleRate() <= 0 || format.getChannels() <= 0) {
            throw new AudioSourceException(problem(file, "its header is damaged (" + format + ")"));
        }
        if (SampleDecoder.canDecode(format)) {
            return stream;
        }
        AudioFormat pcm = new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, false);
        if (AudioSystem.isConversionSupported(pcm, format)) {
            return AudioSystem.getAudioInputStream(pcm, stream);
        }
        throw new AudioSourceException(problem(file, "unsupported encoding " + format.getEncoding() + " ("
                + format + "); " + AudioFileSniffer.HOW_TO_CONVERT));
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replace('\n', ' ');
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing left to do: the stream is being abandoned
        }
    }
}

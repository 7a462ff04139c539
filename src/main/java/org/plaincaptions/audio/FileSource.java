package org.plaincaptions.audio;

import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recording: any WAV, AIFF or AU file Java Sound reads (any rate, any channel count, 8 to 32 bits,
 * float, A-law, mu-law), converted to {@link Pcm#FORMAT}. Either as fast as possible, or paced so
 * each chunk arrives when a microphone opened at {@link #open()} would have captured it.
 */
public final class FileSource implements AudioSource {
    private static final Logger LOGGER = LoggerFactory.getLogger(FileSource.class);
    /** Input read per step: 100 ms at 48 kHz stereo 32-bit, less for smaller formats. */
    private static final int READ_BYTES = 38_400;

    private final Path file;
    private final int chunkBytes;
    private final Pacer pacer;
    private final PcmQueue queue = new PcmQueue();
    private volatile boolean closed;
    private volatile AudioInputStream stream;
    private PcmConverter converter;
    private byte[] readBuffer;
    private long framesDeclared;
    private long framesRead;
    private boolean inputEnded;
    private long nextSample;

    public FileSource(Path file, Pace pace) {
        this(file, pace, Pcm.DEFAULT_CHUNK_BYTES, SourceClock.system());
    }

    /** @param chunkBytes bytes a chunk, a positive even number; the last chunk may be shorter */
    public FileSource(Path file, Pace pace, int chunkBytes, SourceClock clock) {
        if (chunkBytes <= 0 || chunkBytes % Pcm.BYTES_PER_SAMPLE != 0) {
            throw new IllegalArgumentException("chunk size must be a positive whole number of samples: " + chunkBytes);
        }
        this.file = file;
        this.chunkBytes = chunkBytes;
        this.pacer = new Pacer(pace, clock);
    }

    @Override
    public String name() {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }

    @Override
    public void open() throws AudioSourceException {
        AudioInputStream opened = AudioFileOpener.open(file);
        AudioFormat format = opened.getFormat();
        converter = PcmConverter.from(format);
        framesDeclared = opened.getFrameLength();
        int frameSize = format.getFrameSize();
        readBuffer = new byte[Math.max(frameSize, READ_BYTES / frameSize * frameSize)];
        stream = opened;
        LOGGER.debug("Reading {} as {}, {} frames", file, format, framesDeclared);
        pacer.start();
        if (closed) {
            AudioFileOpener.closeQuietly(opened);
        }
    }

    @Override
    public AudioChunk read() throws AudioSourceException {
        if (converter == null) {
            throw new IllegalStateException("read() before open() on " + file);
        }
        while (!closed && queue.size() < chunkBytes && !inputEnded) {
            fill();
        }
        if (closed || queue.size() == 0) {
            return null;
        }
        byte[] pcm = queue.take(chunkBytes);
        long start = nextSample;
        nextSample += pcm.length / Pcm.BYTES_PER_SAMPLE;
        long delivered = pacer.handOver(nextSample, () -> closed);
        return closed ? null : new AudioChunk(pcm, start, Pcm.levelDbfs(pcm), delivered);
    }

    private void fill() throws AudioSourceException {
        int n;
        try {
            n = stream.read(readBuffer);
        } catch (IOException e) {
            if (closed) {
                return;
            }
            throw new AudioSourceException(AudioFileOpener.problem(file, AudioFileOpener.describe(e)), e);
        }
        if (n < 0) {
            inputEnded = true;
            AudioFileOpener.closeQuietly(stream);
            checkComplete();
            queue.add(converter.finish());
            return;
        }
        framesRead += n / converter.source().getFrameSize();
        queue.add(converter.convert(readBuffer, 0, n));
    }

    /** A header that promises more frames than the file holds means the recording was cut short. */
    private void checkComplete() throws AudioSourceException {
        if (framesDeclared != AudioSystem.NOT_SPECIFIED && framesRead < framesDeclared) {
            float rate = converter.source().getFrameRate();
            throw new AudioSourceException(AudioFileOpener.problem(file,
                    AudioFileOpener.truncated(framesDeclared / rate, framesRead / rate)));
        }
    }

    @Override
    public boolean isLive() {
        return pacer.isLive();
    }

    @Override
    public void close() {
        closed = true;
        pacer.wake();
        AudioInputStream s = stream;
        if (s != null) {
            AudioFileOpener.closeQuietly(s);
        }
    }
}

package org.plaincaptions.audio;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live microphone through Java Sound: the input a user named, or the system default. A device that
 * does not record {@link Pcm#FORMAT} itself is opened at a format it does record and converted.
 *
 * <p>The audio thread polls the line rather than blocking in it, so it notices a microphone that has
 * stopped sending sound (unplugged, or its driver gone quiet) and {@link #close()} never waits on
 * the device.
 */
public final class MicrophoneSource implements AudioSource {
    private static final Logger LOGGER = LoggerFactory.getLogger(MicrophoneSource.class);
    /** A live input sends sound continuously, silence included; this long without any means it is gone. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(4);
    /** Small against a 50 ms chunk; devices deliver in steps of 10 to 20 ms. */
    private static final long POLL_NANOS = 5_000_000L;

    /** Opens the device; replaceable so tests run without hardware. */
    interface Opener {
        CaptureLine open() throws AudioSourceException;
    }

    private final String requestedName;
    private final Opener opener;
    private final Duration stallTimeout;
    private final int chunkBytes;
    private final long stallNanos;
    private final SourceClock clock;
    private final PcmQueue queue = new PcmQueue();
    private volatile boolean closed;
    private volatile CaptureLine line;
    private PcmConverter converter;
    private byte[] readBuffer;
    private long nextSample;
    private long lastSoundNanos;

    /** The system default input, in {@link Pcm#DEFAULT_CHUNK_BYTES} chunks. */
    public MicrophoneSource() {
        this(null);
    }

    /** @param deviceName a name as {@link AudioDevices#listing()} gives it (or a unique part of one); null for the default */
    public MicrophoneSource(String deviceName) {
        this(deviceName, Pcm.DEFAULT_CHUNK_BYTES, DEFAULT_STALL_TIMEOUT);
    }

    public MicrophoneSource(String deviceName, int chunkBytes, Duration stallTimeout) {
        this(deviceName, () -> MicrophoneOpener.system().open(deviceName), chunkBytes, stallTimeout, SourceClock.system());
    }

    MicrophoneSource(String deviceName, Opener opener, int chunkBytes, Duration stallTimeout, SourceClock clock) {
        if (chunkBytes <= 0 || chunkBytes % Pcm.BYTES_PER_SAMPLE != 0) {
            throw new IllegalArgumentException("chunk size must be a positive whole number of samples: " + chunkBytes);
        }
        this.requestedName = deviceName;
        this.opener = opener;
        this.chunkBytes = chunkBytes;
        this.stallTimeout = stallTimeout;
        this.stallNanos = stallTimeout.toNanos();
        this.clock = clock;
    }

    @Override
    public String name() {
        CaptureLine open = line;
        if (open != null) {
            return open.deviceName();
        }
        return requestedName == null ? MicrophoneOpener.DEFAULT_NAME : requestedName;
    }

    @Override
    public void open() throws AudioSourceException {
        CaptureLine opened = opener.open();
        converter = PcmConverter.from(opened.format());
        int frameSize = opened.format().getFrameSize();
        int framesPerChunk = (int) Math.ceil(opened.format().getFrameRate() * chunkBytes / Pcm.BYTES_PER_SAMPLE / Pcm.SAMPLE_RATE);
        readBuffer = new byte[Math.max(1, framesPerChunk) * frameSize];
        lastSoundNanos = clock.nanoTime();
        line = opened;
        if (closed) {
            opened.close();
        }
    }

    @Override
    public AudioChunk read() throws AudioSourceException {
        if (converter == null) {
            throw new IllegalStateException("read() before open() on " + name());
        }
        while (!closed) {
            if (queue.size() >= chunkBytes) {
                return nextChunk();
            }
            int frameSize = converter.source().getFrameSize();
            int ready = Math.min(line.available(), readBuffer.length) / frameSize * frameSize;
            int n = ready > 0 ? line.read(readBuffer, 0, ready) : 0;
            if (n > 0) {
                queue.add(converter.convert(readBuffer, 0, n));
                lastSoundNanos = clock.nanoTime();
            } else if (clock.nanoTime() - lastSoundNanos > stallNanos) {
                throw stopped();
            } else {
                clock.sleepNanos(POLL_NANOS);
            }
        }
        return null;
    }

    private AudioChunk nextChunk() {
        byte[] pcm = queue.take(chunkBytes);
        long start = nextSample;
        nextSample += pcm.length / Pcm.BYTES_PER_SAMPLE;
        return new AudioChunk(pcm, start, Pcm.levelDbfs(pcm), clock.nanoTime());
    }

    private AudioSourceException stopped() {
        LOGGER.warn("{} sent nothing for {} ms", name(), stallNanos / 1_000_000);
        return new AudioSourceException("Microphone \"" + name() + "\" stopped sending sound (nothing for "
                + Math.round(stallNanos / 1e9) + " s); check that it is still plugged in, or pick another with: "
                + AudioDevices.HOW_TO_LIST);
    }

    @Override
    public boolean isLive() {
        return true;
    }

    /** The same device (or the default input) opened again, as it is when it comes back. */
    @Override
    public Optional<AudioSource> reconnect() {
        return Optional.of(new MicrophoneSource(requestedName, opener, chunkBytes, stallTimeout, clock));
    }

    @Override
    public void close() {
        closed = true;
        CaptureLine open = line;
        if (open != null) {
            open.close();
        }
    }
}

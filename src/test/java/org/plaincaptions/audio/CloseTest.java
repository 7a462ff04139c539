package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** close() from another thread ends a read that is waiting, on the real clock. */
class CloseTest {
    private static final Path SPEECH = Path.of("src/test/resources/speech/meeting-slt.wav");

    private static void assertCloseEndsAWaitingRead(AudioSource source) throws Exception {
        source.open();
        CompletableFuture<AudioChunk> read = CompletableFuture.supplyAsync(() -> {
            try {
                return source.read();
            } catch (AudioSourceException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200); // the reader is now waiting for its chunk's time to come

        long start = System.nanoTime();
        source.close();

        assertThat(read.get(5, TimeUnit.SECONDS)).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void closeEndsAPacedFileRead() throws Exception {
        // 6 s chunks: without close the first read would wait 6 s.
        assertCloseEndsAWaitingRead(new FileSource(SPEECH, Pace.REAL_TIME, 192_000, SourceClock.system()));
    }

    @Test
    void closeEndsAPacedBufferRead() throws Exception {
        assertCloseEndsAWaitingRead(new ByteArraySource("buffer", new byte[320_000], 320_000, Pace.REAL_TIME,
                SourceClock.system()));
    }

    @Test
    void closingBeforeReadingGivesNothing() throws Exception {
        FileSource source = new FileSource(SPEECH, Pace.AS_FAST_AS_POSSIBLE);
        source.open();
        source.close();

        assertThat(source.read()).isNull();
    }
}

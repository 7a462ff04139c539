package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** close() from another thread ends a read that is waiting, on the real clock. */
class CloseTest {
    private static final Path SPEECH = Path.of("src/test/resources/speech/meeting-slt.wav");

    /**
     * Closes {@code source} while a read waits for its chunk's time to come. A read that was not ended by
     * close returns that chunk once its time has come; one that close ended returns nothing. So the result,
     * not a stopwatch, says whether close worked.
     */
    private static void assertCloseEndsAWaitingRead(AudioSource source) throws Exception {
        source.open();
        CompletableFuture<AudioChunk> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(source.read());
            } catch (AudioSourceException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        }, "close-test-reader");
        reader.start();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> reader.getState() == Thread.State.TIMED_WAITING
                || reader.getState() == Thread.State.WAITING);

        source.close();

        assertThat(read.get(20, TimeUnit.SECONDS)).isNull();
        reader.join();
    }

    @Test
    void closeEndsAPacedFileRead() throws Exception {
        // 6 s chunks: without close the first read would wait 6 s and return them.
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

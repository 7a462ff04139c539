package org.plaincaptions.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Readers never hold up the captions: a stuck phone costs only its own stream. */
class ReaderStreamTest {

    /** An output that blocks, like a phone that stopped reading, until let go. */
    static final class StuckPhone implements ReaderStream.Output {
        final CountDownLatch letGo = new CountDownLatch(1);
        final List<String> written = new CopyOnWriteArrayList<>();
        volatile boolean closed;

        @Override
        public void write(byte[] bytes) throws IOException {
            try {
                letGo.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            written.add(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closed = true;
            letGo.countDown();
        }
    }

    static final class Phone implements ReaderStream.Output {
        final List<String> written = new CopyOnWriteArrayList<>();

        @Override
        public void write(byte[] bytes) {
            written.add(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
        }

        String all() {
            return String.join("", written);
        }
    }

    @Test
    void publishingNeverWaitsForAStuckReaderAndTheOthersStillGetEverything() {
        try (ReaderHub hub = new ReaderHub(10, 1)) {
            StuckPhone stuck = new StuckPhone();
            Phone fine = new Phone();
            hub.join(stuck, OptionalLong.empty()).orElseThrow();
            hub.join(fine, OptionalLong.empty()).orElseThrow();
            hub.begin("s1");

            long before = System.nanoTime();
            for (int i = 1; i <= 500; i++) {
                hub.caption(TestRoom.caption(i, "word " + i, "word " + i, List.of(), true));
            }
            double publishMillis = (System.nanoTime() - before) / 1e6;

            await().atMost(Duration.ofSeconds(20)).until(() -> fine.all().contains("\"plain\":\"word 500\""));
            for (int i = 1; i <= 500; i++) {
                assertThat(fine.all()).contains("\"plain\":\"word " + i + "\"");
            }
            assertThat(stuck.written).isEmpty();
            System.out.printf("500 finals published in %.1f ms with one reader stuck%n", publishMillis);
        }
    }

    @Test
    void aReaderFarBehindIsLetGoAndTheCountGoesDown() {
        try (ReaderHub hub = new ReaderHub(10, 1)) {
            StuckPhone stuck = new StuckPhone();
            hub.join(stuck, OptionalLong.empty()).orElseThrow();
            assertThat(hub.readers()).isEqualTo(1);
            hub.begin("s1");
            for (int i = 1; i <= ReaderStream.MAX_WAITING + 10; i++) {
                hub.caption(TestRoom.caption(i, "w", "w", List.of(), true));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> stuck.closed && hub.readers() == 0);
        }
    }

    @Test
    void ofPartialsWaitingOnlyTheNewestIsSent() throws Exception {
        StuckPhone slow = new StuckPhone();
        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            ReaderStream stream = new ReaderStream(slow, writer, () -> { });
            stream.send(new Frame(1, Frame.Kind.FINAL, "first"));
            stream.send(new Frame(2, Frame.Kind.PARTIAL, "par"));
            stream.send(new Frame(3, Frame.Kind.PARTIAL, "parti"));
            stream.send(new Frame(4, Frame.Kind.PARTIAL, "partial"));
            slow.letGo.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> String.join("", slow.written).contains("data: partial"));
            String all = String.join("", slow.written);
            assertThat(all).contains("data: first").doesNotContain("data: par\n").doesNotContain("data: parti\n");
        } finally {
            writer.shutdownNow();
        }
    }
}

package org.plaincaptions.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaincaptions.session.SessionFixtures.NOON;
import static org.plaincaptions.session.SessionFixtures.said;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.session.SessionFixtures.HandClock;

/** A disk that refuses writes for a while (full, or pulled out): nothing handed over is lost when it comes back. */
class SessionDiskFaultTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedWriteIsReportedOnceKeptAndWrittenWhenTheDiskTakesItAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("s.jsonl"), new String(SessionLines.header("s", NOON, "mic"),
                java.nio.charset.StandardCharsets.UTF_8));
        FlakyChannel channel = new FlakyChannel(SessionWriter.append(file));
        List<String> heard = new CopyOnWriteArrayList<>();
        SessionTrouble trouble = new SessionTrouble() {
            @Override
            public void notSaved(String message) {
                heard.add("not saved: " + message);
            }

            @Override
            public void savedAgain() {
                heard.add("saved again");
            }
        };
        SessionWriter writer = new SessionWriter("s", file, channel, SessionLock.take(dir.resolve("s.lock")), 0, 0,
                new HandClock(NOON), trouble);

        writer.said(said(0, 1, "one", "One."));
        await().until(() -> Files.readString(file).contains("One."));
        channel.full = true;
        writer.said(said(1, 2, "two", "Two."));
        writer.said(said(2, 3, "three", "Three."));
        await().until(() -> heard.size() == 1);
        channel.full = false;
        await().atMost(Duration.ofSeconds(20)).until(() -> heard.size() == 2);
        writer.close();

        assertThat(heard.get(0)).startsWith("not saved: The session is not being saved (No space left on device in "
                + dir + "); captions go on and saving is retried every second.");
        assertThat(heard.get(1)).isEqualTo("saved again");
        SessionRecord record = SessionReader.read(file, false);
        assertThat(record.entries()).extracting(e -> ((SessionEntry.Said) e).caption().plain())
                .containsExactly("One.", "Two.", "Three.");
        assertThat(record.skipped()).hasSize(1); // the half line the full disk took
        assertThat(record.summary().state()).isEqualTo(SessionSummary.State.ENDED);
    }

    @Test
    void whileTheDiskRefusesWritesOnlyTheNewestDraftWaits() throws Exception {
        Path file = Files.writeString(dir.resolve("s.jsonl"), new String(SessionLines.header("s", NOON, "mic"),
                java.nio.charset.StandardCharsets.UTF_8));
        FlakyChannel channel = new FlakyChannel(SessionWriter.append(file));
        List<String> heard = new CopyOnWriteArrayList<>();
        SessionTrouble trouble = new SessionTrouble() {
            @Override
            public void notSaved(String message) {
                heard.add("not saved");
            }

            @Override
            public void savedAgain() {
                heard.add("saved again");
            }
        };
        HandClock clock = new HandClock(NOON);
        SessionWriter writer = new SessionWriter("s", file, channel, SessionLock.take(dir.resolve("s.lock")), 0, 0,
                clock, trouble);
        channel.full = true;
        for (String shown : List.of("so", "so the plan", "so the plan is simple")) {
            writer.draft(DraftThrottleTest.partial(0, shown));
            clock.advance(Duration.ofSeconds(1));
        }
        await().until(() -> heard.size() == 1);
        channel.full = false;
        await().atMost(Duration.ofSeconds(20)).until(() -> heard.size() == 2);
        writer.closeAsIfCrashed();

        List<String> drafts = Files.readAllLines(file).stream().filter(l -> l.endsWith("}"))
                .filter(l -> l.contains("\"type\":\"draft\"")).toList();
        assertThat(drafts).singleElement().asString().contains("\"raw\":\"so the plan is simple\"");
        SessionRecord record = SessionReader.read(file, false);
        assertThat(record.entries()).extracting(e -> ((SessionEntry.Said) e).caption().raw())
                .containsExactly("so the plan is simple");
    }

    /** A file channel that, while {@link #full}, takes half of a write and then refuses the rest. */
    private static final class FlakyChannel extends FileChannel {
        private final FileChannel real;
        volatile boolean full;

        FlakyChannel(FileChannel real) {
            this.real = real;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (full) {
                ByteBuffer half = src.duplicate();
                half.limit(src.position() + src.remaining() / 2);
                int n = real.write(half);
                src.position(src.position() + n);
                throw new IOException("No space left on device");
            }
            return real.write(src);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return real.read(dsts, offset, length);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return real.write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
            real.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return real.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return real.transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return real.write(src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return real.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return real.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return real.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}

package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad audio file through the jar: one line naming the file and the problem, exit 1, no session. */
class BadAudioIT {
    @TempDir
    Path home;

    /** A 16 kHz mono WAV header with this format tag and bits, promising {@code dataBytes}. */
    private static byte[] wavHeader(int formatTag, int bits, long dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFFFFFFL, dataBytes + 36));
        b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) formatTag).putShort((short) 1);
        b.putInt(16_000).putInt(16_000 * bits / 8).putShort((short) (bits / 8)).putShort((short) bits);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
        return b.array();
    }

    private Path make(String kind) throws Exception {
        Path file = home.resolve(kind + ".wav");
        switch (kind) {
            case "missing" -> {
                return file;
            }
            case "empty" -> Files.write(file, new byte[0]);
            case "truncated" -> Files.write(file, Arrays.copyOf(Files.readAllBytes(Speech.fixture("help-kal")), 20_000));
            case "not-audio" -> Files.writeString(file, "Minutes of the meeting held on Tuesday.\n".repeat(100));
            case "mp3-in-wav" -> Files.write(file, concat(wavHeader(0x0055, 16, 32_000), new byte[32_000]));
            case "huge" -> {
                Files.write(file, wavHeader(1, 16, 0xFFFFFFFFL - 36));
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(5L << 30); // sparse
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing    | does not exist: check the path.
            empty      | the file is empty (0 bytes)
            truncated  | the file is truncated (its header promises
            not-audio  | not an audio file Plain Captions can read (it reads WAV, AIFF and AU)
            mp3-in-wav | unsupported encoding MP3 (16 bits); convert it to 16-bit PCM WAV first
            huge       | the file is too large (5.4 GB; WAV, AIFF and AU files end at 4 GB)
            """)
    void aBadAudioFileIsOneLineNamingItAndExitOne(String kind, String problem) throws Exception {
        Path file = make(kind);

        Jar.Result result = Jar.runIn(home, null, "transcribe", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().startsWith("plain-captions: ").contains(file.toString())
                .contains(problem);
        assertThat(Jar.sessions(home)).doesNotExist();
    }
}

package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSourceBadInputTest {
    @TempDir
    Path dir;

    private String openingFails(Path file) {
        FileSource source = new FileSource(file, Pace.AS_FAST_AS_POSSIBLE);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(source::open);
        assertThat(thrown).isInstanceOf(AudioSourceException.class);
        assertThat(thrown.getMessage()).startsWith("Cannot read audio file " + file + ": ").doesNotContain("\n");
        return thrown.getMessage().substring(("Cannot read audio file " + file + ": ").length());
    }

    private Path wav(String name, double seconds) throws IOException {
        return Signals.write(dir.resolve(name), Signals.sine(440, 0.5, 16_000, seconds),
                new AudioFormat(16_000, 16, 1, true, false), AudioFileFormat.Type.WAVE);
    }

    private Path bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void saysWhenTheFileIsMissing() {
        assertThat(openingFails(dir.resolve("nowhere.wav"))).isEqualTo("file not found");
    }

    @Test
    void saysWhenTheFileIsAFolder() {
        assertThat(openingFails(dir)).isEqualTo("it is a folder, not a file");
    }

    @Test
    void saysWhenTheFileIsEmpty() throws IOException {
        assertThat(openingFails(bytes("empty.wav", new byte[0]))).isEqualTo("the file is empty (0 bytes)");
    }

    @Test
    void saysWhenTheFileHoldsNoSamples() throws IOException {
        assertThat(openingFails(wav("silent.wav", 0))).isEqualTo("the file holds no audio (0 samples)");
    }

    /** A WAV header for 16 kHz mono 16-bit promising {@code dataBytes} of samples. */
    private static byte[] wavHeader(long dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFFFFFFL, dataBytes + 36));
        b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
        b.putInt(16_000).putInt(32_000).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
        return b.array();
    }

    @Test
    void saysWhenTheFileIsLargerThanAWavFileCanBe() throws IOException {
        Path huge = bytes("huge.wav", wavHeader(0xFFFFFFFFL - 36));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(5L << 30); // sparse: takes no disk
        }

        assertThat(openingFails(huge)).isEqualTo("the file is too large (5.4 GB; WAV, AIFF and AU files end at 4 GB);"
                + " split it into parts, e.g. sox IN.wav OUT.wav trim 0 3:00:00 : newfile : restart");
    }

    @Test
    void saysWhenTheHeaderPromisesMoreHoursThanAnyMeeting() throws IOException {
        long thirtyHours = 30L * 3600 * 32_000;
        Path long30 = bytes("long.wav", wavHeader(thirtyHours));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(long30.toFile(), "rw")) {
            f.setLength(44 + thirtyHours); // sparse: takes no disk
        }

        assertThat(openingFails(long30)).isEqualTo("the recording is too long (its header says 30.0 hours; up to 24"
                + " hours at a time); split it into parts, e.g. sox IN.wav OUT.wav trim 0 3:00:00 : newfile : restart");
    }

    @Test
    void saysWhenTheAudioIsCutShort() throws IOException {
        Path whole = wav("whole.wav", 2.0);
        Path cut = bytes("cut.wav", Arrays.copyOf(Files.readAllBytes(whole), 32_044)); // header + 1 s

        assertThat(openingFails(cut)).isEqualTo("the file is truncated (its header promises 2.0 s of audio, the file holds 1.0 s)");
    }

    @Test
    void saysWhenTheAudioIsCutShortByLessThanItsHeader() throws Exception {
        Path whole = wav("whole.wav", 1.0);
        byte[] all = Files.readAllBytes(whole);
        Path cut = bytes("cut.wav", Arrays.copyOf(all, all.length - 20));
        FileSource source = new FileSource(cut, Pace.AS_FAST_AS_POSSIBLE);
        source.open();

        assertThatThrownBy(() -> {
            while (source.read() != null) {
                // the problem shows at the end of the data
            }
        }).isInstanceOf(AudioSourceException.class)
                .hasMessage("Cannot read audio file " + cut + ": the file is truncated (its header promises 1.000 s of audio,"
                        + " the file holds 0.999 s)");
    }

    @Test
    void saysWhenTheHeaderItselfIsCutShort() throws IOException {
        Path cut = bytes("header.wav", Arrays.copyOf(Files.readAllBytes(wav("whole.wav", 1.0)), 30));

        assertThat(openingFails(cut)).isEqualTo("the file is truncated (its WAV header is incomplete)");
    }

    @Test
    void saysWhenTheFileIsNotAudio() throws IOException {
        Path text = bytes("notes.wav", "Minutes of the meeting\n".getBytes(StandardCharsets.UTF_8));

        assertThat(openingFails(text)).isEqualTo("not an audio file Plain Captions can read (it reads WAV, AIFF and AU)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # name,     first bytes (text),  format named
              talk.flac, fLaC,               FLAC
              talk.ogg,  OggS,               Ogg (Vorbis or Opus)
              talk.mp3,  ID3,                MP3
            """)
    void namesCompressedFormatsAndSaysHowToConvert(String name, String magic, String format) throws IOException {
        byte[] head = Arrays.copyOf(magic.getBytes(StandardCharsets.US_ASCII), 64);

        assertThat(openingFails(bytes(name, head)))
                .isEqualTo(format + " audio is not supported; " + AudioFileSniffer.HOW_TO_CONVERT);
    }

    @Test
    void namesAWavEncodingItCannotDecode() throws IOException {
        byte[] adpcm = Files.readAllBytes(wav("pcm.wav", 0.5));
        ByteBuffer.wrap(adpcm).order(ByteOrder.LITTLE_ENDIAN).putShort(20, (short) 2).putShort(34, (short) 4);

        assertThat(openingFails(bytes("adpcm.wav", adpcm)))
                .isEqualTo("unsupported encoding MS ADPCM (4 bits); " + AudioFileSniffer.HOW_TO_CONVERT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # what is broken, offset, value, reason
              no channels,      22, 0, 'its WAV header is damaged (PCM, channels 0, bits 16)'
              zero bits,        34, 0, 'its WAV header is damaged (PCM, channels 1, bits 0)'
            """)
    void saysWhenAWavHeaderIsDamaged(String broken, int offset, short value, String reason) throws IOException {
        byte[] damaged = Files.readAllBytes(wav("pcm.wav", 0.5));
        ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putShort(offset, value);

        assertThat(openingFails(bytes("damaged.wav", damaged))).isEqualTo(reason);
    }

    @Test
    void saysWhenTheSampleRateIsZero() throws IOException {
        byte[] damaged = Files.readAllBytes(wav("pcm.wav", 0.5));
        ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putInt(24, 0);

        assertThat(openingFails(bytes("damaged.wav", damaged))).startsWith("its header is damaged (PCM_SIGNED 0.0 Hz");
    }

    @Test
    void namesAnAuEncodingItCannotDecode() throws IOException {
        Path au = Signals.write(dir.resolve("pcm.au"), Signals.sine(440, 0.5, 8000, 0.5),
                new AudioFormat(8000, 16, 1, true, true), AudioFileFormat.Type.AU);
        byte[] g721 = Files.readAllBytes(au);
        ByteBuffer.wrap(g721).putInt(12, 23);

        assertThat(openingFails(bytes("g721.au", g721)))
                .isEqualTo("unsupported encoding G.721 ADPCM; " + AudioFileSniffer.HOW_TO_CONVERT);
    }
}

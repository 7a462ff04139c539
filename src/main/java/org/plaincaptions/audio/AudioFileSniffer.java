package org.plaincaptions.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Says, from a file's first bytes, why Java Sound refused it: a container Java Sound reads but an
 * encoding it doesn't, a header cut short, a compressed format, or not audio at all.
 */
final class AudioFileSniffer {
    static final String HOW_TO_CONVERT = "convert it to 16-bit PCM WAV first, e.g. ffmpeg -i IN -ac 1 -ar 16000 OUT.wav";

    private static final Map<Integer, String> WAV_TAGS = Map.ofEntries(
            Map.entry(0x0001, "PCM"), Map.entry(0x0002, "MS ADPCM"), Map.entry(0x0003, "IEEE float"),
            Map.entry(0x0006, "A-law"), Map.entry(0x0007, "mu-law"), Map.entry(0x0011, "IMA ADPCM"),
            Map.entry(0x0031, "GSM 6.10"), Map.entry(0x0055, "MP3"), Map.entry(0x0161, "WMA"),
            Map.entry(0x2000, "AC-3"));
    private static final Set<Integer> JAVA_SOUND_TAGS = Set.of(0x0001, 0x0003, 0x0006, 0x0007);
    private static final Map<Integer, String> AU_ENCODINGS = Map.of(
            23, "G.721 ADPCM", 24, "G.722 ADPCM", 25, "G.723 3-bit ADPCM", 26, "G.723 5-bit ADPCM");

    private AudioFileSniffer() {
    }

    /** The reason, worded to follow "Cannot read audio file X: ". */
    static String whyRefused(byte[] head) {
        String magic = ascii(head, 0, 4);
        String kind = ascii(head, 8, 4);
        if (magic.equals("RIFF") && kind.equals("WAVE")) {
            return wavProblem(head);
        }
        if (magic.equals("FORM") && (kind.equals("AIFF") || kind.equals("AIFC"))) {
            return aiffProblem(head);
        }
        if (magic.equals(".snd")) {
            return auProblem(head);
        }
        String compressed = compressedFormat(head);
        if (compressed != null) {
            return compressed + " audio is not supported; " + HOW_TO_CONVERT;
        }
        return "not an audio file Plain Captions can read (it reads WAV, AIFF and AU)";
    }

    private static String wavProblem(byte[] head) {
        int fmt = findChunk(head, 12, "fmt ", ByteOrder.LITTLE_ENDIAN);
        if (fmt < 0 || fmt + 24 > head.length) {
            return "the file is truncated (its WAV header is incomplete)";
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int tag = b.getShort(fmt + 8) & 0xffff;
        if (tag == 0xFFFE && fmt + 34 <= head.length) {
            tag = b.getShort(fmt + 32) & 0xffff; // WAVE_FORMAT_EXTENSIBLE: the sub-format's first two bytes
        }
        int channels = b.getShort(fmt + 10) & 0xffff;
        int bits = b.getShort(fmt + 22) & 0xffff;
        if (JAVA_SOUND_TAGS.contains(tag)) { // an encoding Java Sound reads, so the numbers must be wrong
            return "its WAV header is damaged (" + WAV_TAGS.get(tag) + ", channels " + channels + ", bits " + bits + ")";
        }
        String name = WAV_TAGS.getOrDefault(tag, String.format("format tag 0x%04X", tag));
        return "unsupported encoding " + name + " (" + bits + " bits); " + HOW_TO_CONVERT;
    }

    private static String aiffProblem(byte[] head) {
        int comm = findChunk(head, 12, "COMM", ByteOrder.BIG_ENDIAN);
        if (comm < 0 || comm + 26 > head.length) {
            return "the file is truncated (its AIFF header is incomplete)";
        }
        String compression = comm + 30 <= head.length ? ascii(head, comm + 26, 4).trim() : "?";
        return "unsupported AIFF-C compression '" + compression + "'; " + HOW_TO_CONVERT;
    }

    private static String auProblem(byte[] head) {
        if (head.length < 24) {
            return "the file is truncated (its AU header is incomplete)";
        }
        int code = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN).getInt(12);
        return "unsupported encoding " + AU_ENCODINGS.getOrDefault(code, "AU code " + code) + "; " + HOW_TO_CONVERT;
    }

    private static String compressedFormat(byte[] head) {
        String magic = ascii(head, 0, 4);
        if (magic.equals("fLaC")) {
            return "FLAC";
        }
        if (magic.equals("OggS")) {
            return "Ogg (Vorbis or Opus)";
        }
        if (magic.startsWith("ID3") || head.length > 1 && (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0) {
            return "MP3";
        }
        if (ascii(head, 4, 4).equals("ftyp")) {
            return "MP4/M4A";
        }
        if (magic.equals("caff")) {
            return "Core Audio (CAF)";
        }
        return null;
    }

    /** Offset of the RIFF/IFF chunk with this id in {@code head}, or -1 if the bytes run out first. */
    private static int findChunk(byte[] head, int from, String id, ByteOrder order) {
        ByteBuffer b = ByteBuffer.wrap(head).order(order);
        int pos = from;
        while (pos + 8 <= head.length) {
            if (ascii(head, pos, 4).equals(id)) {
                return pos;
            }
            long size = b.getInt(pos + 4) & 0xffffffffL;
            pos += 8 + (int) Math.min(Integer.MAX_VALUE / 2, size + (size & 1));
        }
        return -1;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        if (offset + length > bytes.length) {
            return "";
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}

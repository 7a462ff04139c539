package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole pipeline through the packaged jar, on real speech and the real model. */
class TranscribeIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Path> allSpeech() throws Exception {
        return Stream.concat(Speech.synthetic(), Speech.human());
    }

    /**
     * Vosk's results depend on what the process decoded before (it is not stateless across
     * recognisers), so each side runs in a fresh process: exactly what a user gets. A file read as fast
     * as it can be runs the built model on Vosk's own decoder chunk (decision 0009), so bare Vosk runs
     * on a folder with that conf: the built one without its chunk line.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allSpeech")
    void rawTrackIsWordForWordWhatBareVoskGives(Path wav) throws Exception {
        Jar.Result bare = Jar.run("vosk-baseline", wav.toString(), "--model", Jar.modelOnVosksOwnChunk(tmp).toString());
        Jar.Result ours = Jar.run("transcribe", wav.toString(), "--track", "raw", "--pause-cuts", "off",
                "--model", Jar.MODEL.toString());
        assertThat(bare.exit()).as(bare.err()).isZero();
        assertThat(ours.exit()).as(ours.err()).isZero();
        assertThat(words(ours.out())).isNotEmpty().containsExactlyElementsOf(words(bare.out()));
    }

    @Test
    void syntheticSpeechIsRecognisedAlmostWordForWord() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("meeting-slt").toString(), "--track", "raw");
        assertThat(result.exit()).as(result.err()).isZero();
        String expected = Files.readString(Speech.FIXTURES.resolve("meeting-slt.txt")).strip();
        assertThat(result.out().strip()).isEqualTo(expected);
    }

    @Test
    void plainTrackRewritesConferenceSpeak() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("meeting-slt").toString());
        assertThat(result.exit()).as(result.err()).isZero();
        String plain = result.out().toLowerCase();
        assertThat(plain).doesNotContain("leverage").doesNotContain("prior to").contains("before");
        assertThat(plain).contains("meeting");
    }

    @Test
    void jsonLinesHaveOneObjectPerUtteranceWithBothTracksAndTimes() throws Exception {
        Path out = tmp.resolve("session.jsonl");
        Jar.Result result = Jar.run("transcribe", Speech.fixture("session-mixed").toString(), "--format", "jsonl",
                "--output", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSizeBetween(3, 6);
        double previousEnd = 0;
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.get("start").isNumber()).isTrue();
            assertThat(node.get("end").asDouble()).isGreaterThan(node.get("start").asDouble());
            assertThat(node.get("start").asDouble()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(node.get("raw").asText()).isNotBlank();
            assertThat(node.get("plain").asText()).isNotBlank();
            previousEnd = node.get("end").asDouble();
        }
        assertThat(previousEnd).isBetween(20.0, 26.0);
    }

    @Test
    void srtIsAValidSubtitleFile() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("session-mixed").toString(), "--format", "srt");
        assertThat(result.exit()).as(result.err()).isZero();
        String[] cues = result.out().strip().split("\n\n");
        assertThat(cues.length).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < cues.length; i++) {
            String[] lines = cues[i].split("\n");
            assertThat(lines[0]).isEqualTo(String.valueOf(i + 1));
            assertThat(lines[1]).matches("\\d\\d:\\d\\d:\\d\\d,\\d{3} --> \\d\\d:\\d\\d:\\d\\d,\\d{3}");
            assertThat(lines.length).isBetween(3, 4);
            Arrays.stream(lines).skip(2).forEach(l -> assertThat(l.length()).isLessThanOrEqualTo(42));
        }
    }

    @Test
    void vttIsAValidSubtitleFileOfTheRawTrack() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("help-kal").toString(), "--format", "vtt",
                "--track", "raw");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("WEBVTT\n\n1\n")
                .containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} --> \\d\\d:\\d\\d:\\d\\d\\.\\d{3}")
                .contains("facilitator");
    }

    @Test
    void statsAreTheLastLineOnStandardError() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("council-awb").toString(), "--stats");
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode stats = JSON.readTree(result.lastErrLine());
        assertThat(stats.get("audio_s").asDouble()).isBetween(4.5, 5.5);
        assertThat(stats.get("wall_s").asDouble()).isPositive();
        assertThat(stats.get("rtf").asDouble()).isCloseTo(
                stats.get("wall_s").asDouble() / stats.get("audio_s").asDouble(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(stats.get("words").asInt()).isBetween(14, 20);
        assertThat(stats.has("latency_p50_ms")).isFalse();
    }

    @Test
    void realtimeStatsReportLatencyPercentiles() throws Exception {
        Jar.Result result = Jar.run("transcribe", Speech.fixture("help-kal").toString(), "--realtime", "--stats");
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode stats = JSON.readTree(result.lastErrLine());
        // Paced like a microphone: it takes at least as long as the audio lasts.
        assertThat(stats.get("wall_s").asDouble()).isGreaterThanOrEqualTo(stats.get("audio_s").asDouble() - 0.1);
        assertThat(stats.get("latency_p50_ms").asDouble()).isPositive();
        assertThat(stats.get("latency_p95_ms").asDouble()).isGreaterThanOrEqualTo(stats.get("latency_p50_ms").asDouble());
        assertThat(stats.get("first_shown_p95_ms").asDouble()).isLessThanOrEqualTo(stats.get("latency_p95_ms").asDouble());
        assertThat(stats.get("settled_p50_ms").asDouble()).isNotNegative();
        assertThat(stats.get("settled_p95_ms").asDouble()).isGreaterThanOrEqualTo(stats.get("settled_p50_ms").asDouble());
        assertThat(result.out()).containsIgnoringCase("if you need help with anything today");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}

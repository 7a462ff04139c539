package org.plaincaptions.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The default model the build unpacks (decision 0006): {@code conf/model.conf.vosk} is the model's own
 * conf, byte for byte as in the archive, however many times the build has run (the benchmarks run bare
 * Vosk on it), and {@code conf/model.conf} is the same file with only the endpoint rules 2–4 changed and
 * the decoder's frames per chunk added (decision 0009), whole and ending with a line break (decision 0041).
 */
class BuiltModelConfTest {

    private static final Path MODEL = Path.of(System.getProperty("plaincaptions.model",
            "models/vosk-model-small-en-us-0.15"));
    private static final Path ARCHIVE = Path.of("target/model-download/vosk-model-en.aar");

    @Test
    void theModelsOwnConfIsKeptAsInTheArchive() throws IOException {
        assertThat(Files.readString(MODEL.resolve("conf/model.conf.vosk"))).isEqualTo(confInArchive());
    }

    @Test
    void theBuiltConfChangesOnlyTheEndpointRulesAndTheChunk() throws IOException {
        List<String> own = confInArchive().lines().toList();
        String built = Files.readString(MODEL.resolve("conf/model.conf"));
        List<String> lines = built.lines().toList();

        assertThat(built).endsWith("\n");
        assertThat(lines).hasSize(own.size() + 1);
        assertThat(lines.get(own.size())).isEqualTo("--frames-per-chunk=15");
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).matches("--endpoint\\.rule[234]\\.min-trailing-silence=.*")) {
                assertThat(lines.get(i)).startsWith(own.get(i).substring(0, own.get(i).indexOf('=') + 1));
            } else {
                assertThat(lines.get(i)).isEqualTo(own.get(i));
            }
        }
        assertThat(lines).contains("--endpoint.rule2.min-trailing-silence=0.2",
                "--endpoint.rule3.min-trailing-silence=0.3", "--endpoint.rule4.min-trailing-silence=0.5");
        assertThat(own).contains("--endpoint.rule2.min-trailing-silence=0.5");
    }

    private static String confInArchive() throws IOException {
        try (ZipFile zip = new ZipFile(ARCHIVE.toFile())) {
            ZipEntry entry = zip.getEntry("assets/model-en-us/conf/model.conf");
            assertThat(entry).as("the model's conf in %s", ARCHIVE).isNotNull();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.plaincaptions.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The speech recordings the end-to-end tests use. */
final class Speech {
    static final Path FIXTURES = Path.of("src/test/resources/speech");
    /** Real human speech (LibriVox) from the Debian package pocketsphinx-testdata, which CI installs. */
    static final Path LIBRIVOX = Path.of("/usr/share/pocketsphinx/test/data/librivox");

    private Speech() {
    }

    static Path fixture(String name) {
        return FIXTURES.resolve(name + ".wav");
    }

    static Stream<Path> synthetic() {
        return Stream.of("meeting-slt", "service-rms", "council-awb", "help-kal", "session-mixed").map(Speech::fixture);
    }

    static Stream<Path> human() throws java.io.IOException {
        boolean required = "true".equals(System.getenv("PLAINCAPTIONS_REQUIRE_VIRTUAL_MIC"));
        if (!Files.isDirectory(LIBRIVOX)) {
            if (required) {
                throw new AssertionError("Human speech fixtures missing: apt-get install pocketsphinx-testdata");
            }
            Assumptions.abort("pocketsphinx-testdata not installed; skipping human speech");
        }
        try (Stream<Path> files = Files.list(LIBRIVOX)) {
            List<Path> wavs = files.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
            return wavs.stream();
        }
    }
}

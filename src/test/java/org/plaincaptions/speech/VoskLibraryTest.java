package org.plaincaptions.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vosk's native library is copied out of its jar once and loaded from there (decision 0008). */
class VoskLibraryTest {
    private static final String JNA_PATH = "jna.library.path";
    @TempDir
    Path home;
    private String before;

    @BeforeEach
    void forget() {
        before = System.getProperty(JNA_PATH);
        System.clearProperty(JNA_PATH);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(JNA_PATH);
        } else {
            System.setProperty(JNA_PATH, before);
        }
    }

    @Test
    void copiesTheLibraryOnceIntoAFolderNamedByItsChecksumAndPointsJnaThere() throws Exception {
        Optional<Path> dir = VoskLibrary.prepare(home);
        assertThat(dir).get().satisfies(d -> assertThat(d.getFileName().toString()).matches("vosk-[0-9a-f]+"));
        Path copy = dir.get().resolve("libvosk.so");
        assertThat(Files.size(copy)).isGreaterThan(1_000_000);
        assertThat(System.getProperty(JNA_PATH)).isEqualTo(dir.get().toString());
        try (var files = Files.list(dir.get())) {
            assertThat(files).as("no part-copied file left").containsExactly(copy);
        }

        FileTime copied = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(copy, copied);
        System.clearProperty(JNA_PATH);
        assertThat(VoskLibrary.prepare(home)).isEqualTo(dir);
        assertThat(Files.getLastModifiedTime(copy)).as("not copied again").isEqualTo(copied);
    }

    @Test
    void aCopyCutShortIsReplaced() throws Exception {
        Path dir = VoskLibrary.prepare(home).orElseThrow();
        long size = Files.size(dir.resolve("libvosk.so"));
        Files.write(dir.resolve("libvosk.so"), new byte[100]);
        System.clearProperty(JNA_PATH);
        VoskLibrary.prepare(home);
        assertThat(Files.size(dir.resolve("libvosk.so"))).isEqualTo(size);
    }

    @Test
    void aLibraryPathAlreadyGivenIsLeftAlone() {
        System.setProperty(JNA_PATH, "/opt/elsewhere");
        assertThat(VoskLibrary.prepare(home)).isEmpty();
        assertThat(System.getProperty(JNA_PATH)).isEqualTo("/opt/elsewhere");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesJnaToExtractAsUsual() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        assertThat(VoskLibrary.prepare(file)).isEmpty();
        assertThat(System.getProperty(JNA_PATH)).isNull();
    }
}

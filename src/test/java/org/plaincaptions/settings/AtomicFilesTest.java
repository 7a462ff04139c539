package org.plaincaptions.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may read what the app saves: its own files this user only; documents to pass on as any new file. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posix() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "permissions are POSIX here");
    }

    private Set<PosixFilePermission> ofANewFile() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void whatTheAppKeepsForItselfIsReadableByThisUserOnly() throws Exception {
        Path settings = dir.resolve("config/settings.json");
        AtomicFiles.write(settings, "{}");
        assertThat(Files.getPosixFilePermissions(settings)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void anExportIsMadeAsAnyNewFileThere() throws Exception {
        Path export = dir.resolve("minutes.srt");
        AtomicFiles.replace(export, out -> out.write("1\n"));
        assertThat(Files.getPosixFilePermissions(export)).isEqualTo(ofANewFile());
        assertThat(export).hasContent("1");
        try (var left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("minutes.srt");
        }
    }

    @Test
    void anExportReplacingAFileKeepsThatFilesPermissions() throws Exception {
        Path export = dir.resolve("glossary.csv");
        Files.writeString(export, "old");
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeDocument(export, "new");
        assertThat(Files.getPosixFilePermissions(export)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(export).hasContent("new");
    }
}

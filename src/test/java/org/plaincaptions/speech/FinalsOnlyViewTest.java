package org.plaincaptions.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary view of a built model without the decoder chunk line, on folders made here. */
class FinalsOnlyViewTest {
    @TempDir
    Path dir;

    private Path model(List<String> conf, boolean built) throws Exception {
        Path folder = dir.resolve("model");
        Files.createDirectories(folder.resolve("am"));
        Files.writeString(folder.resolve("am/final.mdl"), "acoustic model");
        Files.createDirectories(folder.resolve("graph"));
        Files.writeString(folder.resolve("README"), "readme");
        Files.createDirectories(folder.resolve("conf"));
        Files.writeString(folder.resolve("conf/mfcc.conf"), "--use-energy=false\n");
        Files.write(folder.resolve("conf/model.conf"), conf);
        if (built) {
            Files.writeString(folder.resolve("conf/" + FinalsOnlyView.ARCHIVE_CONF), "--beam=10.0\n");
        }
        return folder;
    }

    @Test
    void aBuiltModelWithAChunkLineIsViewedWithoutItAndTheViewGoesWhenClosed() throws Exception {
        Path folder = model(List.of("--beam=10.0", "--endpoint.rule2.min-trailing-silence=0.2", "--frames-per-chunk=15"), true);
        Path view;
        try (FinalsOnlyView finals = FinalsOnlyView.of(folder)) {
            assertThat(finals.isView()).isTrue();
            view = finals.loadFrom();
            assertThat(view).isNotEqualTo(folder);
            assertThat(Files.readAllLines(view.resolve("conf/model.conf")))
                    .containsExactly("--beam=10.0", "--endpoint.rule2.min-trailing-silence=0.2");
            assertThat(Files.readString(view.resolve("conf/model.conf"))).endsWith("\n");
            assertThat(Files.readString(view.resolve("conf/mfcc.conf"))).isEqualTo("--use-energy=false\n");
            assertThat(view.resolve("conf/" + FinalsOnlyView.ARCHIVE_CONF)).doesNotExist();
            assertThat(Files.readString(view.resolve("am/final.mdl"))).isEqualTo("acoustic model");
            assertThat(view.resolve("graph")).isDirectory();
            assertThat(view.resolve("README")).isRegularFile();
        }
        assertThat(view).doesNotExist();
        assertThat(Files.readString(folder.resolve("am/final.mdl"))).as("the model behind the links").isEqualTo("acoustic model");
        assertThat(Files.readAllLines(folder.resolve("conf/model.conf"))).contains("--frames-per-chunk=15");
    }

    @Test
    void aFolderTheBuildDidNotTuneIsUsedAsItIs() throws Exception {
        Path folder = model(List.of("--beam=10.0", "--frames-per-chunk=15"), false);
        try (FinalsOnlyView finals = FinalsOnlyView.of(folder)) {
            assertThat(finals.isView()).isFalse();
            assertThat(finals.loadFrom()).isEqualTo(folder);
        }
    }

    @Test
    void aBuiltModelWithoutAChunkLineNeedsNoView() throws Exception {
        Path folder = model(List.of("--beam=10.0"), true);
        try (FinalsOnlyView finals = FinalsOnlyView.of(folder)) {
            assertThat(finals.isView()).isFalse();
            assertThat(finals.loadFrom()).isEqualTo(folder);
        }
    }

    @Test
    void anUnreadableConfLoadsTheFolderAsItIs() throws Exception {
        Path folder = model(List.of("--frames-per-chunk=15"), true);
        Files.delete(folder.resolve("conf/model.conf"));
        try (FinalsOnlyView finals = FinalsOnlyView.of(folder)) {
            assertThat(finals.loadFrom()).isEqualTo(folder);
        }
    }
}

package org.plaincaptions.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLocatorTest {
    @TempDir
    Path dir;

    private static Path fakeModel(Path folder) throws Exception {
        Files.createDirectories(folder.resolve("am"));
        Files.createDirectories(folder.resolve("conf"));
        Files.createDirectories(folder.resolve("graph"));
        Files.writeString(folder.resolve("am/final.mdl"), "x");
        Files.writeString(folder.resolve("conf/mfcc.conf"), "--sample-frequency=16000\n");
        Files.writeString(folder.resolve("graph/disambig_tid.int"), "10015\n10016\n");
        Files.writeString(folder.resolve("graph/HCLr.fst"), "x");
        Files.writeString(folder.resolve("graph/Gr.fst"), "x");
        return folder;
    }

    @Test
    void findsTheDefaultModelBesideTheWorkingDirectory() throws Exception {
        Path model = fakeModel(dir.resolve("work/models").resolve(ModelLocator.DEFAULT_MODEL));
        var locator = new ModelLocator(dir.resolve("work"), Optional.of(dir.resolve("elsewhere")));
        assertThat(locator.locate(Optional.empty())).isEqualTo(model);
    }

    @Test
    void findsTheDefaultModelBesideTheJarOrOneFolderUp() throws Exception {
        Path model = fakeModel(dir.resolve("app/models").resolve(ModelLocator.DEFAULT_MODEL));
        var locator = new ModelLocator(dir.resolve("somewhere"), Optional.of(dir.resolve("app/target")));
        assertThat(locator.locate(Optional.empty())).isEqualTo(model);
    }

    @Test
    void theChosenFolderWins() throws Exception {
        fakeModel(dir.resolve("work/models").resolve(ModelLocator.DEFAULT_MODEL));
        Path chosen = fakeModel(dir.resolve("my-model"));
        var locator = new ModelLocator(dir.resolve("work"), Optional.empty());
        assertThat(locator.locate(Optional.of(chosen))).isEqualTo(chosen);
    }

    @Test
    void aChosenModelsFolderHoldingTheDefaultModelIsAccepted() throws Exception {
        Path model = fakeModel(dir.resolve("models").resolve(ModelLocator.DEFAULT_MODEL));
        var locator = new ModelLocator(dir.resolve("work"), Optional.empty());
        assertThat(locator.locate(Optional.of(dir.resolve("models")))).isEqualTo(model);
    }

    @Test
    void aMissingModelNamesTheFolderAndTheCommandThatFetchesIt() {
        var locator = new ModelLocator(dir, Optional.empty());
        assertThatThrownBy(() -> locator.locate(Optional.empty()))
                .isInstanceOf(SpeechModelException.class)
                .hasMessageContaining(dir.resolve("models").resolve(ModelLocator.DEFAULT_MODEL).toString())
                .hasMessageContaining("mvn package")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anIncompleteModelSaysWhatIsMissing() throws Exception {
        Path model = fakeModel(dir.resolve("broken"));
        Files.delete(model.resolve("am/final.mdl"));
        var locator = new ModelLocator(dir, Optional.empty());
        assertThatThrownBy(() -> locator.locate(Optional.of(model)))
                .isInstanceOf(SpeechModelException.class)
                .hasMessageContaining(model.toString())
                .hasMessageContaining("am/final.mdl is missing")
                .hasMessageContaining("mvn package");
    }

    @Test
    void aFileIsNotAModel() throws Exception {
        Path file = Files.writeString(dir.resolve("model.zip"), "zip");
        var locator = new ModelLocator(dir, Optional.empty());
        assertThatThrownBy(() -> locator.locate(Optional.of(file)))
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void aFolderWithAnEmptyModelFileIsRefusedBeforeTheNativeLibrarySeesIt() throws Exception {
        Path model = fakeModel(dir.resolve("empty"));
        Files.writeString(model.resolve("am/final.mdl"), "");
        assertThatThrownBy(() -> SpeechModel.load(model)).isInstanceOf(SpeechModelException.class)
                .hasMessageContaining("am/final.mdl is missing");
    }

    @Test
    void garbageThatLooksLikeAModelGivesAClearMessageNotACrash() throws Exception {
        Path model = fakeModel(dir.resolve("garbage"));
        assertThatThrownBy(() -> SpeechModel.load(model)).isInstanceOf(SpeechModelException.class)
                .hasMessageContaining(model.toString())
                .hasMessageContaining("could not be loaded");
    }
}

package org.plaincaptions.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void noFileGivesTheDefaultsAndNoProblem() {
        var loaded = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULT);
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void savedSettingsComeBackTheSame() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("config/settings.json"));
        Settings changed = Settings.DEFAULT
                .withLook(CaptionLook.DEFAULT.withTheme(Theme.CREAM).withMode(CaptionMode.BOTH).withLines(4)
                        .withPosition(CaptionPosition.TOP).withMargins(new Margins(2, 3, 4, 5)))
                .withCaptionScreen(new Spot(1920, 0, 1920, 1080), false, new Spot(2000, 100, 800, 450))
                .withMicrophone("USB Audio").withSlowDown(150, true).withCleanUpAfterDays(30).withPauseCuts(false);
        store.save(changed);
        assertThat(store.load().settings()).isEqualTo(changed);
        try (var files = Files.list(dir.resolve("config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void aDamagedFileGivesTheDefaultsAndIsKeptBesideAsBak() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"look\": {\"theme\": \"CREAM\", ");
        var loaded = new SettingsStore(file).load();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULT);
        assertThat(loaded.problem()).get().asString().contains("settings.json.bak");
        assertThat(Files.readString(dir.resolve("settings.json.bak"))).startsWith("{\"look\"");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileOfTheWrongShapeCountsAsDamaged() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"look\": {\"lines\": \"six\"}}");
        var loaded = new SettingsStore(file).load();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULT);
        assertThat(dir.resolve("settings.json.bak")).exists();
    }

    @Test
    void missingValuesTakeTheirDefaultsAndOutOfRangeOnesAreBroughtIn() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"look\": {\"lines\": 9, \"theme\": \"PURPLE\", \"textSize\": -3}, \"slowDownAt\": 5,"
                + " \"futureSetting\": true}");
        var loaded = new SettingsStore(file).load();
        assertThat(loaded.problem()).isEmpty();
        CaptionLook look = loaded.settings().look();
        assertThat(look.lines()).isEqualTo(CaptionLook.MAX_LINES);
        assertThat(look.theme()).isEqualTo(Theme.DARK);
        assertThat(look.textSize()).isEqualTo(CaptionLook.DEFAULT.textSize());
        assertThat(look.lineSpacing()).isEqualTo(1.5);
        assertThat(loaded.settings().slowDownAt()).isEqualTo(Settings.DEFAULT_SLOW_DOWN_AT);
    }

    @Test
    void aFileFromBeforeThePauseCutSwitchCutsAtPauses() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"slowDownAt\": 150}");
        assertThat(new SettingsStore(file).load().settings().pauseCuts()).isTrue();
        Files.writeString(file, "{\"pauseCuts\": false}");
        assertThat(new SettingsStore(file).load().settings().pauseCuts()).isFalse();
    }

    @Test
    void aFileFromBeforeTheCleanUpAgeKeepsEverySessionAndANegativeAgeMeansNever() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"slowDownAt\": 150, \"slowDownOnScreen\": true}");
        var loaded = new SettingsStore(file).load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().slowDownAt()).isEqualTo(150);
        assertThat(loaded.settings().cleanUpAfterDays()).isZero();

        Files.writeString(file, "{\"cleanUpAfterDays\": -7}");
        assertThat(new SettingsStore(file).load().settings().cleanUpAfterDays()).isZero();
    }

    @Test
    void settingsLiveInTheConfigFolder() {
        AppFolders folders = new AppFolders(dir.resolve("c"), dir.resolve("d"), dir.resolve("s"));
        assertThat(SettingsStore.in(folders).file()).isEqualTo(dir.resolve("c/settings.json"));
        assertThat(GlossaryFile.in(folders).path()).isEqualTo(dir.resolve("d/meeting-glossary.csv"));
    }
}

package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaincaptions.app.DesktopTest.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.plain.JargonWord;
import org.plaincaptions.settings.AppFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real app headless, real WordNet: a suggested plain word goes into the meeting glossary with one click. */
@ExtendWith(ApplicationExtension.class)
class JargonSuggestionsTest {
    @TempDir
    static Path home;
    private AppFolders folders;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        folders = new AppFolders(home.resolve("config"), home.resolve("data"), home.resolve("state"));
        desktop = new Desktop(stage, new DesktopOptions(Optional.of(DesktopTest.MODEL), Optional.empty()), folders);
        desktop.show();
        desktop.captionScreen().stage().toBack();
        desktop.controlRoom().stage().toFront();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            desktop.close();
            return null;
        });
    }

    @Test
    void aSuggestedPlainWordIsAddedToTheMeetingGlossaryWithOneClick(FxRobot robot) throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> desktop.rewriter() != null);
        // A word no built-in glossary covers (the grown glossary now covers the earlier "rationalise"; WordNet offers "take over" for it).
        assertThat(desktop.rewriter().rewriteFinal("the council will annex the land").plain())
                .contains("annex");
        fx(() -> {
            desktop.controlRoom().model().jargon().setAll(new JargonWord("annexed", 2));
            return null;
        });
        fx(() -> {
            var tabs = robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "jargon-tab".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        // WordNet loads in the background on this first request: a generous ceiling.
        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> suggestionTexts(robot)).contains("take over"));
        assertThat(fx(() -> suggestionTexts(robot))).hasSizeLessThanOrEqualTo(3);

        Button confuse = fx(() -> robot.lookup(".jargon-suggestion").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("take over")).findFirst().orElseThrow());
        robot.clickOn(confuse);

        // What lasts is the row on disk (the status line may already say something newer when looked at).
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(folders.data().resolve("meeting-glossary.csv"))
                && Files.readString(folders.data().resolve("meeting-glossary.csv")).contains("annex,take over"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                desktop.rewriter().rewriteFinal("the council will annex the land").plain().contains("take over"));
        assertThat(fx(() -> desktop.controlRoom().model().jargon())).extracting(JargonWord::word)
                .doesNotContain("annexed");
    }

    private static List<String> suggestionTexts(FxRobot robot) {
        return robot.lookup(".jargon-suggestion").queryAllAs(Button.class).stream().map(Button::getText).toList();
    }
}

package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.settings.GlossaryFile;
import org.plaincaptions.settings.GlossaryRow;
import org.plaincaptions.ui.control.GlossaryEditor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The meeting glossary's table editor on a real file, watched by the real plain-language stage. */
@ExtendWith(ApplicationExtension.class)
class GlossaryEditorTest {
    @TempDir
    Path dir;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private MeetingGlossary glossary;
    private GlossaryEditor editor;

    @Start
    void start(Stage stage) throws Exception {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 100, 100));
        stage.show();
    }

    private void open(FxRobot robot) throws Exception {
        GlossaryFile file = new GlossaryFile(dir.resolve("data/meeting-glossary.csv"));
        file.save(java.util.List.of(GlossaryRow.of("touch base", "talk")));
        glossary = new MeetingGlossary(file, io);
        glossary.open(w -> { });
        WaitForAsyncUtils.asyncFx(() -> {
            editor = new GlossaryEditor(null, glossary);
            editor.open();
        }).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> editor.rows().size() == 1);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> editor.stage().close()).get();
        glossary.close();
        io.shutdownNow();
    }

    private TableView<?> table(FxRobot robot) {
        return robot.from(editor.stage().getScene().getRoot()).lookup("#glossary-table").queryTableView();
    }

    private String onDisk() throws Exception {
        return Files.readString(glossary.path());
    }

    private String plainFor(String said) {
        return glossary.rewriter().rewriteFinal(said).plain();
    }

    @Test
    void addEditAndDeleteRowsAndEachChangeReachesTheCaptionsWithinASecond(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#glossary-term").write("cohort");
        robot.clickOn("#glossary-plain").write("group");
        robot.clickOn("#glossary-add");
        await().atMost(Duration.ofSeconds(20)).until(() -> onDisk().contains("cohort,group"));
        assertThat(table(robot).getItems()).hasSize(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> plainFor("the cohort met").equals("The group met."));

        robot.clickOn("cohort");
        robot.doubleClickOn("#glossary-plain").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("group of people");
        robot.clickOn("#glossary-update");
        await().atMost(Duration.ofSeconds(20)).until(() -> onDisk().contains("cohort,group of people"));
        await().atMost(Duration.ofSeconds(20)).until(() -> plainFor("the cohort met").equals("The group of people met."));

        robot.clickOn("touch base");
        robot.clickOn("#glossary-delete");
        await().atMost(Duration.ofSeconds(20)).until(() -> !onDisk().contains("touch base"));
        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(robot.lookup("#glossary-status").queryLabeled().getText()).startsWith("Deleted \"touch base\"");
    }

    @Test
    void aRowTheGlossaryWouldSkipCannotBeAdded(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#glossary-term").write("leverage");
        robot.clickOn("#glossary-plain").write("leverage");
        Button add = robot.lookup("#glossary-add").queryButton();
        assertThat(add.isDisabled()).isTrue();
        robot.clickOn("#glossary-plain").type(KeyCode.BACK_SPACE, 8).write("use");
        assertThat(add.isDisabled()).isFalse();
    }

    @Test
    void importAddsRowsFromAnotherCsvAndExportWritesThemAll(FxRobot robot) throws Exception {
        open(robot);
        Path other = dir.resolve("housing.csv");
        Files.writeString(other, "term,plain,pos\nvoid property,empty home,noun\ntouch base,meet,\n");
        WaitForAsyncUtils.asyncFx(() -> editor.importFrom(other)).get().get();
        await().atMost(Duration.ofSeconds(20)).until(() -> onDisk().contains("void property,empty home,noun"));
        assertThat(editor.rows()).extracting(GlossaryRow::term, GlossaryRow::plain).containsExactly(
                org.assertj.core.groups.Tuple.tuple("touch base", "meet"),
                org.assertj.core.groups.Tuple.tuple("void property", "empty home"));

        Path exported = dir.resolve("export/all.csv");
        WaitForAsyncUtils.asyncFx(() -> editor.exportTo(exported)).get().get();
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(exported));
        assertThat(GlossaryFile.read(exported)).isEqualTo(editor.rows());
        assertThat(robot.lookup("#glossary-status").queryLabeled().getText()).contains("Exported 2 rows");
    }

    @Test
    void everyHeadingAndWordReadsInFullAndTheModesAreExplained(FxRobot robot) throws Exception {
        open(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> org.plaincaptions.ui.CutText.in(editor.stage().getScene().getRoot()))
                .get()).isEmpty();
        assertThat(robot.from(editor.stage().getScene().getRoot()).lookup("#glossary-status").queryLabeled().getText())
                .isEqualTo("1 row");
        assertThat(robot.from(table(robot)).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> String.valueOf(c.getText())).contains("replace");
        assertThat(robot.from(editor.stage().getScene().getRoot()).lookup("#glossary-modes").queryLabeled().getText())
                .contains("replace shows").contains("explain keeps").contains("flag leaves");
    }
}

package org.plaincaptions.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaincaptions.settings.CaptionLook;
import org.plaincaptions.ui.Said;
import org.plaincaptions.ui.display.CaptionScreenModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Transcript rows of many lines on a small laptop: every word can be read and picked, the live row too. */
@ExtendWith(ApplicationExtension.class)
class TranscriptRowsTest {
    private Stage stage;
    private ControlRoom room;
    private RecordedActions actions;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ControlRoomModel model = new ControlRoomModel();
        actions = new RecordedActions(model);
        room = new ControlRoom(stage, model, new CaptionScreenModel(CaptionLook.DEFAULT), actions);
        model.modelReady("test-model", Optional.empty());
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static String words(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
    }

    /** The cell showing row {@code index} of a transcript. */
    @SuppressWarnings("unchecked")
    private ListCell<TranscriptLine> cell(ListView<?> list, int index) throws Exception {
        return fx(() -> list.lookupAll(".list-cell").stream().map(n -> (ListCell<TranscriptLine>) n)
                .filter(c -> c.isVisible() && c.getIndex() == index && c.getItem() != null).findFirst().orElseThrow());
    }

    @Test
    void aRowOfTenLinesShowsAllItsWordsWithoutRunningIntoTheNext(FxRobot robot) throws Exception {
        ListView<?> raw = robot.lookup("#raw-transcript").queryListView();
        int perLine = fx(() -> (int) (raw.getWidth() / 60)); // words of 5-6 letters: ten lines' worth or more
        int count = perLine * 10 + 6;
        fx(() -> {
            room.showCaption(Said.finalResult(0, "before", 0));
            room.showCaption(Said.finalResult(1, words(0, count), 2));
            room.showCaption(Said.finalResult(2, "after", 60));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<TranscriptLine> long_ = cell(raw, 1);
        ListCell<TranscriptLine> next = cell(raw, 2);
        List<String> hidden = fx(() -> {
            Bounds row = long_.localToScene(long_.getLayoutBounds());
            Bounds viewport = raw.localToScene(raw.getLayoutBounds());
            List<String> out = new ArrayList<>();
            for (var node : long_.lookupAll(".transcript-word")) {
                Bounds word = node.localToScene(node.getLayoutBounds());
                if (word.getMinY() < row.getMinY() - 0.5 || word.getMaxY() > row.getMaxY() + 0.5
                        || word.getMaxY() > viewport.getMaxY() || word.getMaxX() > row.getMaxX() + 0.5) {
                    out.add(((Text) node).getText());
                }
            }
            return out;
        });
        assertThat(fx(() -> long_.lookupAll(".transcript-word").size())).isEqualTo(count);
        assertThat(hidden).as("words outside their row").isEmpty();
        double rowBottom = fx(() -> long_.localToScene(long_.getLayoutBounds()).getMaxY());
        double nextTop = fx(() -> next.localToScene(next.getLayoutBounds()).getMinY());
        assertThat(nextTop).as("the next row starts below").isGreaterThanOrEqualTo(rowBottom - 0.5);
        double lineHeight = fx(() -> long_.lookupAll(".transcript-word").iterator().next().getLayoutBounds().getHeight());
        assertThat(fx(() -> long_.getHeight())).as("ten lines high").isGreaterThanOrEqualTo(lineHeight * 10);
    }

    @Test
    void aWordPickedInTheLiveRowStaysPickedWhileTheRowGrowsAndBecomesFinal(FxRobot robot) throws Exception {
        fx(() -> {
            room.showCaption(Said.partial(0, "we will onboard"));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> raw = robot.lookup("#raw-transcript").queryListView();
        robot.clickOn(robot.from(raw).lookup((Text t) -> t.getText().equals("onboard")).queryAs(Text.class));
        fx(() -> {
            room.showCaption(Said.partial(0, "we will onboard the"));
            room.showCaption(Said.partial(0, "we will onboard the new cohort"));
            room.showCaption(Said.finalResult(0, "we will onboard the new cohort", 0));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        assertThat(fx(() -> ((javafx.scene.control.TextField) stage.getScene().lookup("#add-term")).getText()))
                .isEqualTo("onboard");
    }
}

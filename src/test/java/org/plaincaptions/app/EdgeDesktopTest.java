package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.testsupport.EdgeServer;
import org.plaincaptions.testsupport.SseReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app publishing to a real nginx + nchan edge on loopback: the URL typed into the Phones
 * tab, the real model captioning a recording, a reader of the edge's stream; the edge killed and back,
 * and the control room saying so.
 */
@ExtendWith(ApplicationExtension.class)
class EdgeDesktopTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;
    private static int count;
    private Desktop desktop;
    private EdgeServer edge;

    @BeforeEach
    void startEdge() throws Exception {
        edge = EdgeServer.start(Files.createTempDirectory("pc-www"));
    }

    @Start
    void start(Stage stage) {
        java.nio.file.Path run = home.resolve("edge" + ++count);
        AppFolders folders = new AppFolders(run.resolve("config"), run.resolve("data"), run.resolve("state"));
        desktop = new Desktop(stage, new DesktopOptions(Optional.of(DesktopTest.MODEL), Optional.of(DesktopTest.RECORDING)),
                folders);
        desktop.show();
        desktop.captionScreen().stage().toBack();
        desktop.controlRoom().stage().toFront();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
        edge.close();
    }

    @Test
    void theFacilitatorPublishesFromThePhonesTabAndIsToldWhenTheEdgeIsLostAndBack(FxRobot robot) throws Exception {
        TextField url = robot.lookup("#edge-url").queryAs(TextField.class);
        ToggleButton publish = robot.lookup("#edge-switch").queryAs(ToggleButton.class);
        Label state = robot.lookup("#edge-state").queryAs(Label.class);
        WaitForAsyncUtils.asyncFx(() -> {
            url.setText("edge.example/pub/x");
            publish.fire();
        }).get();
        assertThat(DesktopTest.fx(state::getText)).contains("does not start with http:// or https://");
        assertThat(DesktopTest.fx(publish::isSelected)).isFalse();

        WaitForAsyncUtils.asyncFx(() -> {
            url.setText(edge.publisherUrl("hall-a"));
            publish.fire();
        }).get();
        assertThat(DesktopTest.fx(state::getText)).startsWith("Publishing to " + edge.publisherUrl("hall-a"));
        try (SseReader reader = SseReader.open(edge.streamUrl("hall-a"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !desktop.controlRoom().model().status().startsWith("Loading"));
            WaitForAsyncUtils.asyncFx(() -> desktop.controlRoom().pressStart()).get();
            await().atMost(Duration.ofSeconds(60)).until(() -> String.join(" ", reader.finals()).toLowerCase().contains("meeting"));

            edge.kill();
            await().atMost(Duration.ofSeconds(60)).until(() -> DesktopTest.fx(state::getText)
                    .startsWith("Cannot publish to the edge at " + edge.publisherUrl("hall-a")));
            assertThat(DesktopTest.fx(() -> state.getStyleClass().contains("problem"))).isTrue();
            edge.restart();
            await().atMost(Duration.ofSeconds(60)).until(() -> DesktopTest.fx(state::getText)
                    .startsWith("Publishing to the edge at " + edge.publisherUrl("hall-a") + " again"));
            assertThat(DesktopTest.fx(() -> state.getStyleClass().contains("problem"))).isFalse();
        }
    }
}

package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.plaincaptions.settings.AppFolders;
import org.plaincaptions.share.Browser;
import org.plaincaptions.share.ShareServer;
import org.plaincaptions.ui.display.JoinCorner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app sharing to a phone: the real model captioning a recording, the real server, a real
 * browser; the QR code the app draws is decoded and leads to the page.
 */
@ExtendWith(ApplicationExtension.class)
class ShareDesktopTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;
    private static int count;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        java.nio.file.Path run = home.resolve("share" + ++count);
        AppFolders folders = new AppFolders(run.resolve("config"), run.resolve("data"), run.resolve("state"));
        desktop = new Desktop(stage, new DesktopOptions(Optional.of(DesktopTest.MODEL), Optional.of(DesktopTest.RECORDING),
                false, Optional.of(new ShareServer.Options("127.0.0.1", 0, Optional.empty(), 100))), folders);
        desktop.show();
        desktop.captionScreen().stage().toBack();
        desktop.controlRoom().stage().toFront();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(desktop::close).get();
    }

    private String address() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !DesktopTest.fx(() -> desktop.shareModel().address.get()).isEmpty());
        return DesktopTest.fx(() -> desktop.shareModel().address.get());
    }

    /** Takes a picture of a node as the app drew it and reads the QR code in it. */
    static String decode(Node node) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = reader.getArgb(x, y);
            }
        }
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }

    @Test
    void theQrCodeOnTheCaptionScreenAndInTheControlRoomDecodesToTheAddress(FxRobot robot) throws Exception {
        String address = address();
        assertThat(address).matches("http://127\\.0\\.0\\.1:\\d+/");
        JoinCorner corner = robot.from(desktop.captionScreen().stage().getScene().getRoot()).lookup("#join-corner")
                .queryAs(JoinCorner.class);
        assertThat(corner.isVisible()).as("hidden until asked for").isFalse();

        WaitForAsyncUtils.asyncFx(() -> desktop.controlRoom().stage().requestFocus()).get();
        robot.press(KeyCode.F8).release(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(corner.isVisible()).isTrue();
        assertThat(corner.addressText()).isEqualTo(address);

        assertThat(decode(corner.code())).isEqualTo(address);
        assertThat(decode(robot.lookup("#share-qr").query())).isEqualTo(address);
    }

    @Test
    void aPhoneFollowsTheCaptionsAndItsSignalReachesTheControlRoom(FxRobot robot) throws Exception {
        String address = address();
        try (Browser phone = Browser.open()) {
            phone.driver().get(address);
            Label readers = robot.lookup("#share-readers").queryAs(Label.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> DesktopTest.fx(readers::getText).equals("1 reader"));

            await().atMost(Duration.ofSeconds(60)).until(() -> !desktop.controlRoom().model().status().startsWith("Loading"));
            WaitForAsyncUtils.asyncFx(() -> desktop.controlRoom().pressStart()).get();
            await().atMost(Duration.ofSeconds(60)).until(() -> phone.<String>js(
                    "return document.getElementById('log').textContent").toLowerCase().contains("meeting"));
            String shown = phone.js("return [...document.querySelectorAll('#log .plain-text')].map(e => e.textContent).join(' ')");
            assertThat(shown.toLowerCase()).as("plain words on the phone, as on the caption screen").doesNotContain("leverage");
            assertThat(phone.driver().findElements(By.cssSelector("#log .change"))).isNotEmpty();

            phone.driver().findElement(By.id("signal-lost")).click();
            Label signals = robot.lookup("#share-signals").queryAs(Label.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> DesktopTest.fx(signals::getText)
                    .equals("In the last minute: 1 reader is lost, 0 asked to slow down."));
        }
    }
}

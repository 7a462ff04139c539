package org.plaincaptions.share;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.PlainStage;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.Utterance;

/**
 * The README's pictures of the reader page, taken from the real browser at a phone's size: the
 * recordings' words through the real plain-language stage, in two themes. Not a test: run it with
 * bench/reader-screenshots.sh, look at the pictures, commit them.
 */
public final class ReaderScreenshots {
    private ReaderScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        PlainRewriter plain = PlainStage.create(List.of(), w -> { });
        List<String> said = List.of(
                "good evening everyone and welcome to the consultation on the new library",
                "we need to leverage our synergies going forward and touch base with stakeholders prior to the next meeting",
                "in order to improve the service we will utilize feedback from service users at this point in time",
                "the council will commence the consultation in march and the closing date is the fifth of april",
                "please speak to the facilitator if you need assistance with anything today");
        try (TestRoom room = new TestRoom(); Browser browser = Browser.open()) {
            room.begin("2026-12-01_190000");
            long id = 1;
            for (String raw : said) {
                Rewrite r = plain.rewriteFinal(raw);
                room.hub.caption(new Caption(id++, new Utterance(raw, List.of(), true), r));
            }
            String partialRaw = "the library will open on";
            room.hub.caption(new Caption(id, new Utterance(partialRaw, List.of(), false), plain.rewritePartial(partialRaw)));
            Files.createDirectories(out);
            for (String theme : List.of("dark", "cream")) {
                browser.driver().get(room.page());
                browser.js("localStorage.setItem('plain-captions-reader', JSON.stringify({theme: arguments[0], size: '24'}));",
                        theme);
                browser.driver().navigate().refresh();
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> browser.<Long>js(
                        "return document.querySelectorAll('#log .caption').length") == said.size());
                if (theme.equals("cream")) {
                    List<org.openqa.selenium.WebElement> marks = browser.driver().findElements(By.cssSelector("#log .change"));
                    marks.get(marks.size() - 2).click(); // near the live end, so the view stays there
                }
                Path file = out.resolve("reader-" + theme.toLowerCase(Locale.ROOT) + ".png");
                browser.screenshot(file);
                System.out.println("wrote " + file);
            }
        }
    }
}

package org.plaincaptions.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The reader page in a real browser (Debian's chromium, headless, phone-sized) against the real server:
 * each behaviour the issue names is one test. Captions are made up by the test, so what the page must
 * show is known exactly; {@code SharedTranscribeIT} does the same with the real app and real speech.
 */
class ReaderPageIT {
    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    private static Browser browser;
    private TestRoom room;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void closeRoom() {
        if (room != null) {
            room.close();
        }
        browser.driver().manage().window().setSize(Browser.PHONE);
    }

    private void open() {
        browser.driver().get(room.page());
        await().atMost(PATIENCE).until(() -> !text("connection").startsWith("Connecting"));
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private List<String> shown() {
        return browser.js("return [...document.querySelectorAll('#log .caption .plain-text')].map(e => e.textContent)");
    }

    private void awaitShown(String words) {
        await().atMost(PATIENCE).until(() -> shown().contains(words));
    }

    @Test
    void thePageLoadsWithNoRequestToAnotherHost() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        room.say(1, "good evening everyone");
        browser.requestedUrls(); // forget what came before
        open();
        awaitShown("good evening everyone");

        List<String> urls = browser.requestedUrls();
        assertThat(urls).extracting(u -> u.replaceAll("\\?.*", "").replaceAll(".*:\\d+", ""))
                .contains("/", "/reader.css", "/reader.js", "/config.json", "/events");
        assertThat(urls).extracting(Browser::origin).containsOnly("127.0.0.1:" + room.server.port());
        assertThat(browser.consoleErrors()).as("nothing refused by the Content-Security-Policy").isEmpty();
    }

    @Test
    void captionsArriveWithinASecondOfBeingEmitted() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        open();
        browser.js("window.seen = {}; new MutationObserver(() => {"
                + " for (const e of document.querySelectorAll('#log .caption')) {"
                + "  if (!(e.dataset.id in window.seen)) window.seen[e.dataset.id] = Date.now(); } })"
                + ".observe(document.getElementById('log'), {childList: true});");
        List<Long> delays = new ArrayList<>();
        for (int id = 1; id <= 5; id++) {
            long emitted = System.currentTimeMillis();
            room.say(id, "caption number " + id);
            String key = String.valueOf(id);
            await().atMost(PATIENCE).until(() -> browser.js("return window.seen[arguments[0]] || null", key) != null);
            long seen = browser.<Number>js("return window.seen[arguments[0]]", key).longValue();
            delays.add(seen - emitted);
        }
        System.out.println("Emitted to shown, ms: " + delays);
        List<Long> sorted = delays.stream().sorted().toList();
        assertThat(sorted.get(sorted.size() / 2)).as("median of " + delays).isLessThan(1000);
    }

    @Test
    void aLateJoinerSeesTheRecentCaptionsOfThisSessionOnly() throws Exception {
        room = new TestRoom();
        room.begin("earlier");
        room.say(1, "an earlier session's words");
        room.begin("now");
        for (int id = 1; id <= 60; id++) {
            room.say(id, "said before you came " + id);
        }
        room.partial(61, "and now");
        open();

        await().atMost(PATIENCE).until(() -> shown().size() == 60);
        assertThat(shown().get(0)).isEqualTo("said before you came 1");
        assertThat(shown().get(59)).isEqualTo("said before you came 60");
        assertThat(String.join(" ", shown())).doesNotContain("earlier session");
        assertThat(text("partial")).contains("and now");
        assertThat(text("connection")).isEqualTo("Listening");
    }

    @Test
    void scrolledBackNewCaptionsDoNotMoveTheViewAndJumpToLiveDoes() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        for (int id = 1; id <= 40; id++) {
            room.say(id, "a line of the meeting that fills the screen " + id);
        }
        open();
        await().atMost(PATIENCE).until(() -> shown().size() == 40);
        await().atMost(PATIENCE).until(() -> browser.<Boolean>js("const m = document.getElementById('captions');"
                + " return m.scrollHeight - m.scrollTop - m.clientHeight < 40;"));
        assertThat(browser.driver().findElement(By.id("jump")).isDisplayed()).isFalse();

        browser.js("document.getElementById('captions').scrollTop = 100;");
        await().atMost(PATIENCE).until(() -> browser.driver().findElement(By.id("jump")).isDisplayed());
        for (int id = 41; id <= 45; id++) {
            room.say(id, "said while you were reading back " + id);
        }
        awaitShown("said while you were reading back 45");
        assertThat(browser.<Number>js("return document.getElementById('captions').scrollTop").intValue())
                .as("the view stays where the reader put it").isEqualTo(100);

        browser.driver().findElement(By.id("jump")).click();
        await().atMost(PATIENCE).until(() -> browser.<Boolean>js("const m = document.getElementById('captions');"
                + " return m.scrollHeight - m.scrollTop - m.clientHeight < 40;"));
        assertThat(browser.driver().findElement(By.id("jump")).isDisplayed()).isFalse();
        room.say(46, "back at the live end");
        awaitShown("back at the live end");
        await().atMost(PATIENCE).until(() -> browser.<Boolean>js("const m = document.getElementById('captions');"
                + " return m.scrollHeight - m.scrollTop - m.clientHeight < 40;"));
    }

    @Test
    void settingsSurviveAReload() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        room.sayLeverage(1);
        open();
        browser.driver().findElement(By.id("settings-button")).click();
        new Select(browser.driver().findElement(By.id("size"))).selectByValue("44");
        new Select(browser.driver().findElement(By.id("theme"))).selectByValue("cream");
        new Select(browser.driver().findElement(By.id("font"))).selectByValue("dyslexia");
        new Select(browser.driver().findElement(By.id("spacing"))).selectByValue("2");
        new Select(browser.driver().findElement(By.id("mode"))).selectByValue("both");
        browser.driver().findElement(By.id("marks")).click();
        browser.driver().findElement(By.id("announce")).click();

        browser.driver().navigate().refresh();
        awaitShown("We will use it.");

        assertThat(browser.<String>js("return document.body.className").split(" "))
                .contains("theme-cream", "font-dyslexia", "mode-both", "marks-off");
        assertThat(browser.<String>js("return getComputedStyle(document.getElementById('captions')).fontSize"))
                .isEqualTo("44px");
        assertThat(browser.<String>js("return getComputedStyle(document.getElementById('captions')).lineHeight"))
                .isEqualTo("88px");
        assertThat(browser.driver().findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("off");
        assertThat(browser.driver().findElement(By.cssSelector("#log .said")).isDisplayed())
                .as("what was said shows beneath").isTrue();
        assertThat(new Select(browser.driver().findElement(By.id("theme"))).getFirstSelectedOption().getDomProperty("textContent"))
                .startsWith("Cream");
    }

    @Test
    void tappingAMarkedWordShowsWhatWasSaid() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        room.sayLeverage(1);
        open();
        awaitShown("We will use it.");

        WebElement mark = browser.driver().findElement(By.cssSelector("#log .change"));
        assertThat(mark.getText()).isEqualTo("use");
        mark.click();

        assertThat(browser.driver().findElement(By.id("detail")).isDisplayed()).isTrue();
        assertThat(text("detail-said")).isEqualTo("leverage");
        assertThat(text("detail-note")).contains("glossary");
        browser.driver().findElement(By.id("detail-close")).click();
        assertThat(browser.driver().findElement(By.id("detail")).isDisplayed()).isFalse();
    }

    @Test
    void aSignalReachesTheFacilitatorOncePerTenSeconds() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        open();
        browser.driver().findElement(By.id("signal-lost")).click();
        await().atMost(PATIENCE).until(() -> text("signal-result").equals("Sent to the facilitator."));
        assertThat(room.signals.lastMinute()).containsEntry(Signals.Kind.LOST, 1).containsEntry(Signals.Kind.SLOWER, 0);

        browser.driver().findElement(By.id("signal-slower")).click();
        await().atMost(PATIENCE).until(() -> text("signal-result").startsWith("Sent already"));
        assertThat(room.signals.lastMinute()).containsEntry(Signals.Kind.SLOWER, 0);
    }

    @Test
    void aRoomCodeIsAskedForAndThenLetsTheReaderIn() throws Exception {
        room = new TestRoom(Optional.of("4321"), 1000);
        room.begin("s1");
        room.say(1, "only for the room");
        browser.driver().get(room.url("/"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("This room has a code");

        browser.driver().findElement(By.id("room")).sendKeys("4321");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        awaitShown("only for the room");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/?room=4321");
    }

    @Test
    void thePageReflowsTo320PixelsWithNoSidewaysScrolling() throws Exception {
        room = new TestRoom();
        room.begin("s1");
        room.say(1, "reflow check with a rather long word: internationalisation");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(320, 700));
        open();
        awaitShown("reflow check with a rather long word: internationalisation");
        for (String size : List.of("24", "80")) {
            browser.js("localStorage.setItem('plain-captions-reader', JSON.stringify({size: arguments[0]}));", size);
            browser.driver().navigate().refresh();
            awaitShown("reflow check with a rather long word: internationalisation");
            assertThat(browser.<Number>js("return document.documentElement.scrollWidth").intValue())
                    .as("page width at text size " + size)
                    .isLessThanOrEqualTo(browser.<Number>js("return document.documentElement.clientWidth").intValue());
        }
        assertThat(browser.driver().findElement(By.cssSelector("meta[name=viewport]")).getAttribute("content"))
                .as("pinch-zoom allowed").doesNotContain("user-scalable").doesNotContain("maximum-scale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dark", "light", "high-contrast", "cream", "chroma-green"})
    void anAccessibilityEngineFindsNoSeriousProblem(String theme) throws Exception {
        installAxe();
        assertThat(AXE).as("axe-core, installed by: npm ci --prefix src/test/js").exists();
        room = new TestRoom();
        room.begin("s1");
        room.say(1, "good evening everyone");
        room.sayLeverage(2);
        room.partial(3, "and the next");
        browser.driver().get(room.page());
        browser.js("localStorage.setItem('plain-captions-reader', JSON.stringify({theme: arguments[0]}));", theme);
        open();
        awaitShown("We will use it.");
        String axe = Files.readString(AXE);

        List<String> problems = new ArrayList<>(serious(axe));
        browser.driver().findElement(By.id("settings-button")).click();
        problems.addAll(serious(axe));
        browser.driver().findElement(By.id("settings-done")).click();
        browser.driver().findElement(By.cssSelector("#log .change")).click();
        problems.addAll(serious(axe));

        assertThat(problems).as("serious or critical violations in the " + theme + " theme").isEmpty();
    }

    private List<String> serious(String axe) {
        browser.js(axe);
        Object result = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.filter("
                + " v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help + ' ' +"
                + " v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) result;
        return found;
    }


    /**
     * axe-core comes from the npm registry, pinned by src/test/js/package-lock.json: installed here when
     * missing, so `mvn verify` alone is enough. Without npm the check fails on CI and is skipped elsewhere.
     */
    static synchronized void installAxe() throws IOException, InterruptedException {
        if (Files.exists(AXE)) {
            return;
        }
        boolean hasNpm = java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "npm")));
        if (!hasNpm) {
            String message = "npm is not installed (apt-get install nodejs npm): axe-core cannot be installed";
            if ("true".equals(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        Process npm = new ProcessBuilder("npm", "ci", "--prefix", "src/test/js", "--no-audit", "--no-fund")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(npm.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as("npm ci finished").isTrue();
        assertThat(npm.exitValue()).as("npm ci --prefix src/test/js").isZero();
    }
}
